package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;

class MemberRulesSystemTest extends ServerTest {

    @Test
    void onlyAnAdministratorAppointsOrRemovesAdministrators() {
        Organisation council = fixtures().council("HĐND tỉnh Bổ Nhiệm");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        ApiClient admin = login(fixtures().member(council, Role.ADMIN));
        Fixtures.TestUser otherAdmin = fixtures().member(council, Role.ADMIN);
        String path = "/api/organisations/" + council.id() + "/members";

        var refused = secretariat.post(path, form("quantri-moi", "ADMIN"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(secretariat.delete("/api/members/" + otherAdmin.membershipId()).status()).isEqualTo(403);
        String delegate = secretariat.post(path, form("daibieu-moi", "DELEGATE")).body().get("membershipId").asString();
        assertThat(secretariat.put("/api/members/" + delegate, form("daibieu-moi", "ADMIN")).status()).isEqualTo(403);

        assertThat(admin.post(path, form("quantri-moi", "ADMIN")).status()).isEqualTo(201);
        assertThat(admin.put("/api/members/" + delegate, form("daibieu-moi", "ADMIN")).status()).isEqualTo(200);
    }

    @Test
    void aUserNameAlreadyTakenIsRefusedUnderItsFieldWithACodeOfItsOwn() {
        Organisation council = fixtures().council("HĐND tỉnh Trùng Tên");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        String path = "/api/organisations/" + council.id() + "/members";
        assertThat(secretariat.post(path, form("trung-ten", "DELEGATE")).status()).isEqualTo(201);

        var taken = secretariat.post(path, form("trung-ten", "DELEGATE"));
        assertThat(taken.status()).isEqualTo(400);
        JsonNode field = taken.body().get("fields").get(0);
        assertThat(field.get("field").asString()).isEqualTo("username");
        assertThat(field.get("code").asString()).isEqualTo("username_taken");
        assertThat(field.get("message").asString()).isEqualTo("Tên đăng nhập này đã có người dùng.");
    }

    private static Map<String, Object> form(String username, String role) {
        return Map.of("fullName", "Trần Thị Mai", "username", username, "password", "mat-khau-dai-du", "role", role);
    }
}
