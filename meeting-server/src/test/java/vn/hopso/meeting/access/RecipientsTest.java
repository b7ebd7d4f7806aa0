package vn.hopso.meeting.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.Role;

class RecipientsTest {

    private final Viewer guest = viewer(Clearance.PUBLIC, Role.GUEST);
    private final Viewer display = viewer(Clearance.PUBLIC, Role.OBSERVER);
    private final Viewer delegate = viewer(Clearance.MEMBER, Role.DELEGATE);
    private final Viewer counter = viewer(Clearance.MEMBER, Role.DELEGATE, Role.BALLOT_COMMITTEE);
    private final Viewer chair = viewer(Clearance.STAFF, Role.CHAIR, Role.DELEGATE);
    private final Viewer secretariat = viewer(Clearance.STAFF, Role.SECRETARIAT);
    private final List<Viewer> everybody = List.of(guest, display, delegate, counter, chair, secretariat);

    @Test
    void clearanceAudiencesAdmitThatClearanceAndAbove() {
        assertThat(admitted(Recipients.everyone())).isEqualTo(everybody);
        assertThat(admitted(Recipients.members())).containsExactly(delegate, counter, chair, secretariat);
        assertThat(admitted(Recipients.staff())).containsExactly(chair, secretariat);
    }

    @Test
    void anExactClearanceAdmitsOnlyThatOne() {
        assertThat(admitted(Recipients.exactly(Set.of(Clearance.PUBLIC)))).containsExactly(guest, display);
        assertThat(admitted(Recipients.exactly(Set.of(Clearance.MEMBER)))).containsExactly(delegate, counter);
    }

    @Test
    void oneVoterAloneGetsTheirAcknowledgement() {
        assertThat(admitted(Recipients.account(delegate.accountId()))).containsExactly(delegate);
    }

    @Test
    void theBallotCommitteeIsAddressedByItsRole() {
        assertThat(admitted(Recipients.holders(Role.BALLOT_COMMITTEE))).containsExactly(counter);
    }

    @Test
    void theRequesterAndTheChair() {
        Recipients requesterAndChair = Recipients.account(guest.accountId()).and(Recipients.holders(Role.CHAIR));
        assertThat(admitted(requesterAndChair)).containsExactly(guest, chair);
    }

    @Test
    void aDocumentsAccessListNamesItsReaders() {
        Recipients readers = Recipients.account(delegate.accountId()).and(Recipients.account(display.accountId()));
        assertThat(admitted(readers)).containsExactly(display, delegate);
    }

    @Test
    void theTextFormRoundTripsAndRejectsAnythingElse() {
        Recipients all = Recipients.account(guest.accountId()).and(Recipients.holders(Role.CHAIR))
                .and(Recipients.exactly(Set.of(Clearance.MEMBER))).and(Recipients.staff());
        assertThat(Recipients.decode(all.encode())).isEqualTo(all);
        assertThat(Recipients.everyone().encode()).isEqualTo("min:PUBLIC");
        for (String bad : List.of("", "EVERYONE", "min:NOBODY", "role:KING", "account:not-a-uuid", "who:PUBLIC")) {
            assertThatThrownBy(() -> Recipients.decode(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private List<Viewer> admitted(Recipients recipients) {
        return everybody.stream().filter(recipients::admits).toList();
    }

    private static Viewer viewer(Clearance clearance, Role... roles) {
        return new Viewer(UUID.randomUUID(), clearance, Set.of(roles));
    }
}
