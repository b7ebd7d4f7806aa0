package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
        assertThat(secretariat.put("/api/members/" + delegate, edit("daibieu-moi", "ADMIN", 0)).status()).isEqualTo(403);

        assertThat(admin.post(path, form("quantri-moi", "ADMIN")).status()).isEqualTo(201);
        assertThat(admin.put("/api/members/" + delegate, edit("daibieu-moi", "ADMIN", 0)).status()).isEqualTo(200);
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

    @Test
    void twoSecretariesEditingTheSameRecordCannotOverwriteEachOtherUnknowingly() {
        Organisation council = fixtures().council("HĐND tỉnh Hai Người Sửa");
        ApiClient first = login(fixtures().member(council, Role.ADMIN));
        ApiClient second = login(fixtures().member(council, Role.ADMIN));
        String organisation = "/api/organisations/" + council.id();
        JsonNode member = first.post(organisation + "/members", form("hai-nguoi-sua", "DELEGATE")).body();
        JsonNode site = first.post(organisation + "/sites", Map.of("name", "Điểm cầu xã Hai Sửa", "level", "COMMUNE",
                "kind", "MEETING_ROOM")).body();
        JsonNode session = first.post(organisation + "/sessions", Map.of("name", "Kỳ họp thứ hai",
                "startsOn", "2027-01-05", "endsOn", "2027-01-06")).body();
        Map<String, Map<String, Object>> edits = Map.of(
                "/api/members/" + member.get("membershipId").asString(),
                Map.of("fullName", "Trần Thị Mai", "username", "hai-nguoi-sua", "role", "CHAIR"),
                "/api/sites/" + site.get("id").asString(),
                Map.of("name", "Điểm cầu xã Hai Sửa (mới)", "level", "COMMUNE", "kind", "MEETING_ROOM"),
                "/api/sessions/" + session.get("id").asString(),
                Map.of("name", "Kỳ họp thứ hai (sửa)", "startsOn", "2027-01-05", "endsOn", "2027-01-07"),
                organisation, Map.of("name", "HĐND tỉnh Hai Người Sửa (mới)", "kind", "COUNCIL", "level", "PROVINCE"));

        edits.forEach((path, form) -> {
            long seen = version(first, path);
            var saved = first.put(path, with(form, "version", seen));
            assertThat(saved.status()).as(path + " " + saved.raw()).isEqualTo(200);
            assertThat(saved.body().get("version").asLong()).isGreaterThan(seen);

            var stale = second.put(path, with(form, "version", seen));
            assertThat(stale.status()).as(path + " " + stale.raw()).isEqualTo(409);
            assertThat(stale.body().get("code").asString()).isEqualTo("stale_version");
            var unversioned = second.put(path, form);
            assertThat(unversioned.status()).as(path + " " + unversioned.raw()).isEqualTo(400);
            assertThat(unversioned.body().get("fields").get(0).get("field").asString()).isEqualTo("version");
            assertThat(version(second, path)).as(path).isEqualTo(saved.body().get("version").asLong());
        });
    }

    @Test
    void aDelegatesMandateIsKeptWithItsDatesAndEndsNoEarlierThanItBegins() {
        Organisation council = fixtures().council("HĐND tỉnh Nhiệm Kỳ");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        String path = "/api/organisations/" + council.id() + "/members";
        Map<String, Object> form = with(with(form("nhiem-ky", "DELEGATE"), "mandateFrom", "2026-03-15"),
                "mandateUntil", "2031-03-14");
        JsonNode created = secretariat.post(path, form).body();
        assertThat(created.get("mandateFrom").asString()).isEqualTo("2026-03-15");
        assertThat(created.get("mandateUntil").asString()).isEqualTo("2031-03-14");

        var backwards = secretariat.post(path, with(with(form("nguoc-ngay", "DELEGATE"), "mandateFrom", "2026-03-15"),
                "mandateUntil", "2026-03-14"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("fields").get(0).get("field").asString()).isEqualTo("mandateUntil");

        var resigned = secretariat.put("/api/members/" + created.get("membershipId").asString(), with(with(with(
                form("nhiem-ky", "DELEGATE"), "mandateFrom", "2026-03-15"), "mandateUntil", "2027-06-30"), "version",
                created.get("version").asLong()));
        assertThat(resigned.status()).as(resigned.raw()).isEqualTo(200);
        assertThat(resigned.body().get("mandateUntil").asString()).isEqualTo("2027-06-30");
    }

    /** The version the list answers show (what a screen would have loaded). */
    private static long version(ApiClient client, String path) {
        if (path.startsWith("/api/organisations/")) {
            return client.get(path).body().get("version").asLong();
        }
        String organisation = "/api/organisations/" + client.get("/api/organisations").body().get(0).get("id").asString();
        String list = path.startsWith("/api/members/") ? "/members"
                : path.startsWith("/api/sites/") ? "/sites" : "/sessions";
        String id = path.substring(path.lastIndexOf('/') + 1);
        return client.get(organisation + list).body().valueStream()
                .filter(row -> id.equals(row.path("id").asString(row.path("membershipId").asString())))
                .findFirst().orElseThrow().get("version").asLong();
    }

    private static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(form);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> edit(String username, String role, long version) {
        return with(form(username, role), "version", version);
    }

    private static Map<String, Object> form(String username, String role) {
        return Map.of("fullName", "Trần Thị Mai", "username", username, "password", "mat-khau-dai-du", "role", role);
    }
}
