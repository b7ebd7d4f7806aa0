package vn.hopso.meeting.document;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.Document;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;
import vn.hopso.meeting.sitting.domain.Visibility;

/**
 * A document's access list as recipients of the sitting's events: whoever may open it (the sitting and its item
 * seen, then its access class, as {@link DocumentDesk} decides), the staff always. Said for a released document not
 * withdrawn, the only kind that is presented.
 */
final class PresentationReaders {

    private PresentationReaders() {
    }

    /** @param namedRoles the roles each of a confidential document's named readers holds in the organisation */
    static Recipients of(Document document, SittingSnapshot snapshot, Map<UUID, Set<Role>> namedRoles) {
        Clearance floor = floor(document, snapshot);
        return switch (document.access()) {
            case PUBLIC -> Recipients.atLeast(floor);
            case DELEGATES -> floor == Clearance.STAFF ? Recipients.staff()
                    : Recipients.holders(Role.DELEGATE).and(Recipients.staff());
            case CLOSED_SITTING -> Recipients.atLeast(floor.atLeast(Clearance.MEMBER) ? floor : Clearance.MEMBER);
            case CONFIDENTIAL -> {
                List<UUID> named = document.namedReaders().stream()
                        .filter(reader -> admitted(namedRoles.getOrDefault(reader, Set.of()), floor))
                        .toList();
                yield named.isEmpty() ? Recipients.staff() : Recipients.accounts(named).and(Recipients.staff());
            }
        };
    }

    /**
     * The delegates among the document's readers, and the staff: who sees a comment on it made visible to all. A
     * guest, an observer or the hall display may read a public document but sees no comment on it.
     */
    static Recipients delegates(Document document, SittingSnapshot snapshot, Map<UUID, Set<Role>> namedRoles) {
        Clearance floor = floor(document, snapshot);
        if (document.access() == AccessClass.CONFIDENTIAL) {
            List<UUID> named = document.namedReaders().stream()
                    .filter(reader -> namedRoles.getOrDefault(reader, Set.of()).contains(Role.DELEGATE)
                            && admitted(namedRoles.get(reader), floor))
                    .toList();
            return named.isEmpty() ? Recipients.staff() : Recipients.accounts(named).and(Recipients.staff());
        }
        return Clearance.MEMBER.atLeast(floor) ? Recipients.holders(Role.DELEGATE).and(Recipients.staff())
                : Recipients.staff();
    }

    /** Whether these recipients are everyone who follows the sitting: the hall display among them. */
    static boolean everyone(Recipients recipients) {
        return recipients.equals(Recipients.everyone());
    }

    /** The least clearance that sees the document's sitting and agenda item. */
    private static Clearance floor(Document document, SittingSnapshot snapshot) {
        AgendaItem item = document.agendaItemId() == null ? null : snapshot.item(document.agendaItemId()).orElse(null);
        for (Clearance clearance : Clearance.values()) {
            boolean seen = Visibility.mayFollow(clearance, snapshot.sitting()) && (document.agendaItemId() == null
                    || item != null && Visibility.sees(clearance, item, snapshot.sitting()));
            if (seen) {
                return clearance;
            }
        }
        return Clearance.STAFF;
    }

    /** Whether these roles see what {@code floor} sees, as {@link vn.hopso.meeting.access.Actor#viewerIn} reads them. */
    private static boolean admitted(Set<Role> roles, Clearance floor) {
        Clearance clearance = Permission.VIEW_DRAFTS.grantedTo(roles) ? Clearance.STAFF
                : Permission.VIEW_CLOSED.grantedTo(roles) ? Clearance.MEMBER : Clearance.PUBLIC;
        return Permission.VIEW.grantedTo(roles) && clearance.atLeast(floor);
    }
}
