package vn.hopso.documents.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A document of a sitting (tài liệu phiên họp), attached to the sitting, to one of its agenda items, or to the whole
 * session (kỳ họp) the sitting belongs to. Its content is in its versions; this holds what decides who reads it and how.
 *
 * @param sittingId the sitting it was uploaded to; a document of the whole session is listed in every sitting of it
 * @param agendaItemId the item it belongs to; none for a document of the whole sitting or session
 * @param wholeSession it belongs to the session rather than to one sitting (tài liệu chung của kỳ họp)
 * @param position its place among the documents of the same item (or of the sitting, or of the session), from 1
 * @param namedReaders the accounts a confidential document is given to; empty for the other classes
 * @param releaseAt before this moment only staff see it; none means at once
 * @param withdrawnAt when the secretariat withdrew it; from then on only staff see it
 */
public record Document(UUID id, UUID sittingId, @Nullable UUID agendaItemId, boolean wholeSession, Kind kind,
        int position, String title, AccessClass access, Set<UUID> namedReaders, @Nullable Instant releaseAt,
        boolean downloadAllowed, boolean printAllowed, @Nullable Instant withdrawnAt) {

    public Document {
        Objects.requireNonNull(id);
        Objects.requireNonNull(sittingId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(access);
        if (wholeSession && agendaItemId != null) {
            throw new IllegalArgumentException("a document of the whole session belongs to no agenda item");
        }
        if (position < 1) {
            throw new IllegalArgumentException("positions count from 1");
        }
        namedReaders = Set.copyOf(namedReaders);
        if (access != AccessClass.CONFIDENTIAL && !namedReaders.isEmpty()) {
            throw new IllegalArgumentException("only a confidential document names its readers");
        }
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean releasedAt(Instant now) {
        return releaseAt == null || !now.isBefore(releaseAt);
    }

    /** The same document withdrawn at {@code when}; withdrawing twice keeps the first moment. */
    public Document withdraw(Instant when) {
        return withdrawn() ? this : new Document(id, sittingId, agendaItemId, wholeSession, kind, position, title, access,
                namedReaders, releaseAt, downloadAllowed, printAllowed, when);
    }
}
