package vn.hopso.meeting.document;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.DocumentAccess;
import vn.hopso.documents.domain.Sight;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.SittingReads;

/**
 * Which documents a caller may see: first the sitting, as every other read (what they may not see answers as missing,
 * a delegate of another council included), then each document by {@link DocumentAccess}.
 */
@Component
class DocumentDesk {

    /** A document the caller may open, and whether what they receive of it carries their watermark. */
    record Opened(StoredDocument stored, Viewer viewer, boolean watermarked) {

        /** Whether the caller's copies may be printed: the document allows it, or the caller manages documents. */
        boolean printableBy(Actor actor) {
            return stored.document().printAllowed() || actor.may(Permission.MANAGE_DOCUMENTS, stored.organisationId());
        }
    }

    /** A sitting the caller may see, how they are seen there, and which of its agenda items they see. */
    record SittingSeen(Sitting sitting, Viewer viewer, Set<UUID> items) {

        /** A document of an item the caller does not see (closed, or a draft) is as if it did not exist. */
        boolean shows(StoredDocument stored) {
            UUID item = stored.document().agendaItemId();
            return item == null || items.contains(item);
        }
    }

    private final SittingReads sittings;
    private final DocumentStore store;
    private final Clock clock;

    DocumentDesk(SittingReads sittings, DocumentStore store, Clock clock) {
        this.sittings = sittings;
        this.store = store;
        this.clock = clock;
    }

    SittingSeen sitting(Actor actor, UUID sittingId) {
        Sitting sitting = sittings.sitting(actor, sittingId);
        Viewer viewer = actor.viewerIn(sitting.organisationId())
                .orElseThrow(() -> Refusal.notFound("phiên họp").exception());
        return new SittingSeen(sitting, viewer, sittings.visibleItemIds(actor, sittingId));
    }

    /** @throws vn.hopso.meeting.web.ApiProblem 403 with the reason when the sitting is seen and the document is not */
    Opened open(Actor actor, UUID documentId) {
        StoredDocument stored = store.find(documentId).orElseThrow(() -> Refusal.notFound("tài liệu").exception());
        SittingSeen seen = seenThrough(actor, stored);
        if (!seen.shows(stored)) {
            throw Refusal.notFound("tài liệu").exception();
        }
        Viewer viewer = seen.viewer();
        return switch (DocumentAccess.sight(stored.document(), DocumentReaders.reader(viewer), clock.instant())) {
            case Sight.Visible visible -> new Opened(stored, viewer, visible.watermarked());
            case Sight.Refused refused -> throw DocumentProblems.of(refused.reason());
        };
    }

    /**
     * The sitting the caller sees the document through: the one it was uploaded to, or for a document of the whole
     * session, any sitting of that session they see (the one it was uploaded to first), so that a guest reads a public
     * paper of the session in a public sitting though it was uploaded to a closed one.
     */
    private SittingSeen seenThrough(Actor actor, StoredDocument stored) {
        UUID home = stored.document().sittingId();
        if (!stored.document().wholeSession()) {
            return sitting(actor, home);
        }
        List<UUID> seen = sittings.inSession(actor, store.sessionOf(home)).stream().map(Sitting::id).toList();
        UUID through = seen.contains(home) ? home : seen.stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("tài liệu").exception());
        return sitting(actor, through);
    }

    List<Opened> visibleIn(SittingSeen seen) {
        return store.ofSitting(seen.sitting().id()).stream().filter(seen::shows)
                .<Opened>mapMulti((stored, visible) -> {
                    if (DocumentAccess.sight(stored.document(), DocumentReaders.reader(seen.viewer()), clock.instant())
                            instanceof Sight.Visible sight) {
                        visible.accept(new Opened(stored, seen.viewer(), sight.watermarked()));
                    }
                })
                .toList();
    }

    Map<UUID, Integer> lastRead(UUID sittingId, UUID accountId) {
        return store.lastRead(sittingId, accountId);
    }
}
