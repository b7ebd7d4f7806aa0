package vn.hopso.meeting.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.DocumentAccess;
import vn.hopso.documents.domain.Reader;
import vn.hopso.documents.domain.Sight;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.UnopenedDocument;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.SittingReads;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.web.Guard;

/**
 * Who has not opened the documents of a sitting: for each document the elected delegates may open now (released, not
 * withdrawn, of a published item, and given to them by its access class), those of them who have not opened its
 * current version. For the secretariat, as the read receipts are.
 */
@Component
class UnopenedDocuments {

    private final DocumentDesk desk;
    private final DocumentStore store;
    private final SittingReads sittings;
    private final AttendanceStore attendance;
    private final Clock clock;

    UnopenedDocuments(DocumentDesk desk, DocumentStore store, SittingReads sittings, AttendanceStore attendance,
            Clock clock) {
        this.desk = desk;
        this.store = store;
        this.sittings = sittings;
        this.attendance = attendance;
        this.clock = clock;
    }

    List<UnopenedDocument> of(Actor actor, UUID sittingId) {
        DocumentDesk.SittingSeen seen = desk.sitting(actor, sittingId);
        // The secretariat, who publishes the documents, and the chair, who sees at a glance who has not read them.
        Guard.requireAny(actor, seen.sitting().organisationId(), Permission.MANAGE_DOCUMENTS, Permission.CHAIR_SITTING);
        List<Attendance.Delegate> elected = attendance.of(sittings.visibleSitting(actor, sittingId)).elected();
        Set<UUID> drafts = store.draftItems(sittingId);
        Map<UUID, Set<UUID>> openers = store.openersOfCurrent(sittingId);
        Instant now = clock.instant();
        return desk.visibleIn(seen).stream()
                .map(DocumentDesk.Opened::stored)
                .filter(stored -> stored.document().agendaItemId() == null
                        || !drafts.contains(stored.document().agendaItemId()))
                .map(stored -> unopened(stored, elected, openers.getOrDefault(stored.document().id(), Set.of()), now))
                .filter(document -> document.entitled() > 0)
                .toList();
    }

    private static UnopenedDocument unopened(StoredDocument stored, List<Attendance.Delegate> elected,
            Set<UUID> opened, Instant now) {
        Document document = stored.document();
        List<Attendance.Delegate> entitled = elected.stream()
                .filter(delegate -> DocumentAccess.sight(document, asReader(delegate), now) instanceof Sight.Visible)
                .toList();
        List<UnopenedDocument.NotOpenedBy> notOpened = entitled.stream()
                .filter(delegate -> !opened.contains(delegate.accountId()))
                .map(delegate -> new UnopenedDocument.NotOpenedBy(delegate.membershipId(), delegate.fullName()))
                .toList();
        return new UnopenedDocument(document.id(), document.title(), stored.current().number(), entitled.size(),
                notOpened);
    }

    /**
     * An elected delegate as the document room sees them: a member of the council (so entitled to its closed
     * sittings) holding the delegate role; their staff roles, if any, do not make a document theirs to read.
     */
    private static Reader asReader(Attendance.Delegate delegate) {
        return new Reader(delegate.accountId(), false, true, true);
    }
}
