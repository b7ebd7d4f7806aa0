package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.Kind;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;

/** Who is told a presented page: exactly those who may open its document, by its class, its item and its sitting. */
class PresentationReadersTest {

    private static final UUID SITTING = UUID.randomUUID();
    private static final Viewer GUEST = viewer(Clearance.PUBLIC, Role.GUEST);
    private static final Viewer HALL = viewer(Clearance.PUBLIC, Role.OBSERVER);
    private static final Viewer DELEGATE = viewer(Clearance.MEMBER, Role.DELEGATE);
    private static final Viewer COMMITTEE = viewer(Clearance.MEMBER, Role.BALLOT_COMMITTEE);
    private static final Viewer SECRETARIAT = viewer(Clearance.STAFF, Role.SECRETARIAT);
    private static final Viewer NAMED = viewer(Clearance.MEMBER, Role.DELEGATE);
    private static final Viewer NAMED_OBSERVER = viewer(Clearance.PUBLIC, Role.OBSERVER);
    private static final Map<UUID, Set<Role>> ROLES = Map.of(NAMED.accountId(), Set.of(Role.DELEGATE),
            NAMED_OBSERVER.accountId(), Set.of(Role.OBSERVER));

    private final AgendaItem open = item(true, false);
    private final AgendaItem closed = item(true, true);
    private final AgendaItem draft = item(false, false);
    private final SittingSnapshot publicSitting = new SittingSnapshot(sitting(false), List.of(open, closed, draft));

    @Test
    void aPublicDocumentOfAPublicItemIsEveryonesTheHallDisplayIncluded() {
        Recipients readers = readers(AccessClass.PUBLIC, open, publicSitting);
        assertThat(PresentationReaders.everyone(readers)).isTrue();
        assertThat(admitted(readers)).containsExactly(GUEST, HALL, DELEGATE, COMMITTEE, SECRETARIAT, NAMED,
                NAMED_OBSERVER);
    }

    @Test
    void aPublicDocumentOfAClosedItemOrAClosedSittingIsTheMembersOnly() {
        assertThat(admitted(readers(AccessClass.PUBLIC, closed, publicSitting)))
                .containsExactly(DELEGATE, COMMITTEE, SECRETARIAT, NAMED);
        SittingSnapshot closedSitting = new SittingSnapshot(sitting(true), List.of(open));
        assertThat(admitted(readers(AccessClass.PUBLIC, null, closedSitting)))
                .containsExactly(DELEGATE, COMMITTEE, SECRETARIAT, NAMED);
    }

    @Test
    void aDelegatesDocumentIsTheDelegatesAndTheStaffs() {
        Recipients readers = readers(AccessClass.DELEGATES, open, publicSitting);
        assertThat(PresentationReaders.everyone(readers)).isFalse();
        assertThat(admitted(readers)).containsExactly(DELEGATE, SECRETARIAT, NAMED);
    }

    @Test
    void aClosedSittingsDocumentIsTheMembers() {
        assertThat(admitted(readers(AccessClass.CLOSED_SITTING, null, publicSitting)))
                .containsExactly(DELEGATE, COMMITTEE, SECRETARIAT, NAMED);
    }

    @Test
    void aConfidentialDocumentIsItsNamedReadersWhoSeeItsItemAndTheStaffs() {
        assertThat(admitted(readers(AccessClass.CONFIDENTIAL, open, publicSitting)))
                .containsExactly(SECRETARIAT, NAMED, NAMED_OBSERVER);
        assertThat(admitted(readers(AccessClass.CONFIDENTIAL, closed, publicSitting)))
                .containsExactly(SECRETARIAT, NAMED);
    }

    @Test
    void anyDocumentOfADraftItemIsTheStaffsOnly() {
        for (AccessClass access : AccessClass.values()) {
            assertThat(admitted(readers(access, draft, publicSitting))).as(access.name()).containsExactly(SECRETARIAT);
        }
    }

    private static Recipients readers(AccessClass access, @Nullable AgendaItem item, SittingSnapshot snapshot) {
        Set<UUID> named = access == AccessClass.CONFIDENTIAL ? Set.of(NAMED.accountId(), NAMED_OBSERVER.accountId())
                : Set.of();
        Document document = new Document(UUID.randomUUID(), SITTING, item == null ? null : item.id(), false, Kind.REPORT, 1,
                "Báo cáo", access, named, null, true, true, null);
        return PresentationReaders.of(document, snapshot, ROLES);
    }

    private static List<Viewer> admitted(Recipients readers) {
        return List.of(GUEST, HALL, DELEGATE, COMMITTEE, SECRETARIAT, NAMED, NAMED_OBSERVER).stream()
                .filter(readers::admits).toList();
    }

    private static Viewer viewer(Clearance clearance, Role role) {
        return new Viewer(UUID.randomUUID(), clearance, Set.of(role));
    }

    private static AgendaItem item(boolean published, boolean closed) {
        return new AgendaItem(UUID.randomUUID(), SITTING, 1, "Nội dung", null, null, null, closed, published, false, 0);
    }

    private static Sitting sitting(boolean closed) {
        return new Sitting(SITTING, UUID.randomUUID(), UUID.randomUUID(), "Phiên họp",
                Instant.parse("2026-12-08T01:00:00Z"), null, "Hội trường", closed, Sitting.Phase.IN_PROGRESS, null,
                null, 10, 0);
    }
}
