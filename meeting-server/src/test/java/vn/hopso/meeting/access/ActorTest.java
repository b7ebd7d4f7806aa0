package vn.hopso.meeting.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.Role;

class ActorTest {

    private final UUID councilA = UUID.randomUUID();
    private final UUID councilB = UUID.randomUUID();

    private Actor with(Map<UUID, Set<Role>> roles) {
        return new Actor(UUID.randomUUID(), "u", "Người dùng", false, roles);
    }

    @Test
    void permissionsHoldOnlyInTheOrganisationOfTheRole() {
        Actor secretariat = with(Map.of(councilA, Set.of(Role.SECRETARIAT)));
        assertThat(secretariat.may(Permission.MANAGE_AGENDA, councilA)).isTrue();
        assertThat(secretariat.may(Permission.MANAGE_AGENDA, councilB)).isFalse();
        assertThat(secretariat.may(Permission.VIEW, councilB)).isFalse();
    }

    @Test
    void onlyTheChairMovesTheAgendaAndDelegatesManageNothing() {
        Actor delegate = with(Map.of(councilA, Set.of(Role.DELEGATE)));
        Actor chair = with(Map.of(councilA, Set.of(Role.CHAIR, Role.DELEGATE)));
        assertThat(delegate.may(Permission.CHAIR_SITTING, councilA)).isFalse();
        assertThat(delegate.may(Permission.MANAGE_AGENDA, councilA)).isFalse();
        assertThat(chair.may(Permission.CHAIR_SITTING, councilA)).isTrue();
    }

    @Test
    void clearanceFollowsTheStrongestRole() {
        assertThat(clearance(Set.of(Role.GUEST))).isEqualTo(Clearance.PUBLIC);
        assertThat(clearance(Set.of(Role.SITE_OPERATOR))).isEqualTo(Clearance.PUBLIC);
        assertThat(clearance(Set.of(Role.OBSERVER))).isEqualTo(Clearance.PUBLIC);
        assertThat(clearance(Set.of(Role.DELEGATE))).isEqualTo(Clearance.MEMBER);
        assertThat(clearance(Set.of(Role.BALLOT_COMMITTEE))).isEqualTo(Clearance.MEMBER);
        assertThat(clearance(Set.of(Role.GUEST, Role.SECRETARIAT))).isEqualTo(Clearance.STAFF);
    }

    @Test
    void aViewerCarriesTheRolesHeldInThatOrganisationOnly() {
        Actor actor = with(Map.of(councilA, Set.of(Role.CHAIR, Role.DELEGATE), councilB, Set.of(Role.GUEST)));
        assertThat(actor.viewerIn(councilA).orElseThrow().roles()).containsExactlyInAnyOrder(Role.CHAIR, Role.DELEGATE);
        assertThat(actor.viewerIn(councilB).orElseThrow().roles()).containsExactly(Role.GUEST);
        assertThat(actor.viewerIn(UUID.randomUUID())).isEmpty();
    }

    private Clearance clearance(Set<Role> roles) {
        return with(Map.of(councilA, roles)).viewerIn(councilA).orElseThrow().clearance();
    }

    @Test
    void aSystemAdministratorMayEverythingEverywhere() {
        Actor admin = new Actor(UUID.randomUUID(), "admin", "Quản trị", true, Map.of());
        assertThat(admin.may(Permission.MANAGE_MEMBERS, councilB)).isTrue();
        assertThat(admin.viewerIn(councilB).orElseThrow().clearance()).isEqualTo(Clearance.STAFF);
        assertThat(admin.permissionsIn(councilB)).containsExactlyInAnyOrder(Permission.values());
    }
}
