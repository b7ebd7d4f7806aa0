package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.security.SecretariatDesk.body;
import static vn.hopso.meeting.security.SecretariatDesk.unique;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.people.MemberStore;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;

/**
 * One person and one account serve every role the person holds, in any organisation. Whoever changes the password or
 * user name can act in all of them, and a new name or title shows in all of them, so a council's secretariat may do
 * that only for people who belong to councils it manages.
 */
class SharedAccountTest extends ServerTest {

    @Autowired
    private MemberStore memberStore;

    private Organisation councilA;
    private Organisation councilB;
    private ApiClient secretariatOfA;
    private DatabaseFingerprint fingerprint;

    @BeforeEach
    void createCouncils() {
        councilA = fixtures().council("HĐND huyện Đông Hà " + unique());
        councilB = fixtures().council("HĐND huyện Tây Sơn " + unique());
        secretariatOfA = login(fixtures().member(councilA, Role.SECRETARIAT));
        fingerprint = new DatabaseFingerprint(jdbc);
    }

    @Test
    void aSecretariatCannotChangeTheLoginOfAPersonWhoAlsoHoldsARoleInAnotherCouncil() {
        TestUser delegate = fixtures().member(councilA, Role.DELEGATE);
        memberStore.addRole(UUID.randomUUID(), councilB.id(), delegate.personId(), Role.SECRETARIAT, null);

        assertLoginCannotBeTakenOverBy(secretariatOfA, delegate);
    }

    @Test
    void aSecretariatCannotChangeTheLoginOfASystemAdministratorWhoIsAMemberOfItsCouncil() {
        TestUser admin = fixtures().systemAdmin(fixtures().council("Văn phòng Chính phủ " + unique()));
        UUID membershipInA = UUID.randomUUID();
        memberStore.addRole(membershipInA, councilA.id(), admin.personId(), Role.DELEGATE, null);

        assertLoginCannotBeTakenOverBy(secretariatOfA, new TestUser(admin.username(), membershipInA, admin.personId()));
    }

    @Test
    void aSecretariatCannotRenameAPersonWhoAlsoHoldsARoleInAnotherCouncil() {
        TestUser delegate = fixtures().member(councilA, Role.DELEGATE, "Nguyễn Thị Hai Nơi");
        memberStore.addRole(UUID.randomUUID(), councilB.id(), delegate.personId(), Role.SECRETARIAT, null);
        Map<String, String> before = fingerprint.take();

        var renamed = secretariatOfA.put("/api/members/" + delegate.membershipId(),
                form(delegate, "Tên Do Hội Đồng A Đặt", delegate.username(), Role.DELEGATE, null));
        var retitled = secretariatOfA.put("/api/members/" + delegate.membershipId(), body("fullName",
                "Nguyễn Thị Hai Nơi", "title", "Chức vụ do A đặt", "username", delegate.username(), "password", null,
                "role", "DELEGATE", "delegationId", null,
                "version", fixtures().memberVersion(delegate.membershipId())));

        for (var refused : new ApiClient.Response[] {renamed, retitled}) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
            assertThat(refused.body().get("code").asString()).isEqualTo("forbidden");
        }
        assertThat(fingerprint.changedSince(before)).as("tables changed").isEmpty();
        var seenByB = login(fixtures().member(councilB, Role.SECRETARIAT))
                .get("/api/organisations/" + councilB.id() + "/members").body();
        assertThat(seenByB.findValuesAsString("fullName")).contains("Nguyễn Thị Hai Nơi");
    }

    @Test
    void aSecretariatMayStillChangeTheRoleOfSuchAPersonInItsOwnCouncil() {
        TestUser delegate = fixtures().member(councilA, Role.DELEGATE, "Nguyễn Thị Hai Vai");
        memberStore.addRole(UUID.randomUUID(), councilB.id(), delegate.personId(), Role.SECRETARIAT, null);

        var response = secretariatOfA.put("/api/members/" + delegate.membershipId(),
                form(delegate, "Nguyễn Thị Hai Vai", delegate.username(), Role.CHAIR, null));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().get("role").asString()).isEqualTo("CHAIR");
        assertThat(canLogIn(delegate.username(), Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void aSecretariatMayRenameAPersonWhoBelongsOnlyToItsCouncil() {
        TestUser delegate = fixtures().member(councilA, Role.DELEGATE, "Nguyễn Văn Viết Sai");

        var response = secretariatOfA.put("/api/members/" + delegate.membershipId(),
                form(delegate, "Nguyễn Văn Viết Đúng", delegate.username(), Role.DELEGATE, null));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().get("fullName").asString()).isEqualTo("Nguyễn Văn Viết Đúng");
    }

    @Test
    void aSecretariatMayResetThePasswordOfAPersonWhoBelongsOnlyToItsCouncil() {
        TestUser delegate = fixtures().member(councilA, Role.DELEGATE);

        var response = secretariatOfA.put("/api/members/" + delegate.membershipId(),
                form(delegate, "Trần Văn Quên", delegate.username(), Role.DELEGATE, "mat-khau-da-dat-lai"));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(canLogIn(delegate.username(), "mat-khau-da-dat-lai")).isTrue();
    }

    @Test
    void whoeverManagesMembersInEveryCouncilOfThePersonMayResetThePassword() {
        TestUser delegate = fixtures().member(councilA, Role.DELEGATE);
        memberStore.addRole(UUID.randomUUID(), councilB.id(), delegate.personId(), Role.DELEGATE, null);
        TestUser secretariatOfBoth = fixtures().member(councilA, Role.SECRETARIAT);
        memberStore.addRole(UUID.randomUUID(), councilB.id(), secretariatOfBoth.personId(), Role.SECRETARIAT, null);
        TestUser systemAdmin = fixtures().systemAdmin(fixtures().council("Văn phòng Quốc hội " + unique()));

        for (TestUser manager : new TestUser[] {secretariatOfBoth, systemAdmin}) {
            String password = "mat-khau-cua-" + manager.username();
            var response = login(manager).put("/api/members/" + delegate.membershipId(),
                    form(delegate, "Lý Thị Hai Nơi", delegate.username(), Role.DELEGATE, password));

            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(canLogIn(delegate.username(), password)).isTrue();
        }
    }

    private void assertLoginCannotBeTakenOverBy(ApiClient secretariat, TestUser victim) {
        Map<String, String> before = fingerprint.take();

        var newPassword = secretariat.put("/api/members/" + victim.membershipId(),
                form(victim, "Kẻ Gian", victim.username(), Role.DELEGATE, "mat-khau-cua-ke-gian"));
        var newUsername = secretariat.put("/api/members/" + victim.membershipId(),
                form(victim, "Kẻ Gian", "ten-moi-" + unique(), Role.DELEGATE, null));

        for (var refused : new ApiClient.Response[] {newPassword, newUsername}) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
            assertThat(refused.body().get("code").asString()).isEqualTo("forbidden");
        }
        assertThat(fingerprint.changedSince(before)).as("tables changed").isEmpty();
        assertThat(canLogIn(victim.username(), "mat-khau-cua-ke-gian")).isFalse();
        assertThat(canLogIn(victim.username(), Fixtures.PASSWORD)).isTrue();
    }

    private boolean canLogIn(String username, String password) {
        try (ApiClient browser = new ApiClient(port)) {
            return browser.login(username, password).status() == 200;
        }
    }

    private Map<String, Object> form(TestUser target, String fullName, String username, Role role, String password) {
        return body("fullName", fullName, "title", null, "username", username, "password", password,
                "role", role.name(), "delegationId", null,
                "version", fixtures().memberVersion(target.membershipId()));
    }
}
