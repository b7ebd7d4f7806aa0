package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;

/**
 * The input rules of docs/PROTOCOL.md, one by one, with the Vietnamese reason each refusal gives next to its field.
 * (HostileInputTest throws the whole catalogue of bad values at every field; this test shows what a person sees.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputRulesSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient secretariat;
    private String session;
    private String sitting;

    @BeforeAll
    void prepare() {
        council = fixtures().council("HĐND tỉnh Quy Tắc");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        session = scenario.session(council.id().toString());
        sitting = scenario.sitting(session, false);
    }

    @Test
    void aNulByteIsRefusedAsAControlCharacterNotStoredOrAnswered500() {
        JsonNode error = refused(secretariat.postRaw(agenda(), "{\"title\": \"Tờ trình\\u0000\", \"closed\": false}"));

        assertThat(fieldMessage(error, "title")).isEqualTo("Chứa ký tự điều khiển không được phép.");
    }

    @Test
    void aNulByteInTheLoginNameIsRefusedBeforeAnythingIsLookedUp() {
        try (ApiClient browser = new ApiClient(port)) {
            var response = browser.postRaw("/api/auth/login", "{\"username\": \"thuky\\u0000\", \"password\": \"x\"}");

            assertThat(fieldMessage(refused(response), "username")).isEqualTo("Chứa ký tự điều khiển không được phép.");
        }
    }

    @Test
    void textThatOnlyLooksBlankIsBlank() {
        for (String blank : new String[] {"\\u3000\\u3000", "\\u00a0", "\\u200b", "\\u2007\\u202f"}) {
            JsonNode error = refused(secretariat.postRaw(agenda(), "{\"title\": \"" + blank + "\", \"closed\": false}"));

            assertThat(fieldMessage(error, "title")).as(blank).isEqualTo("Không được để trống.");
        }
    }

    @Test
    void textIsStoredInNfcWithoutTheSpacesAroundIt() {
        String typedOnAMac = Normalizer.normalize("Báo cáo thẩm tra", Normalizer.Form.NFD);
        var response = secretariat.post(agenda(), Map.of("title", "\u00a0" + typedOnAMac + "\u3000",
                "description", "Dòng 1\r\nDòng 2", "closed", false));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(response.body().get("title").asString()).isEqualTo("Báo cáo thẩm tra");
        assertThat(response.body().get("description").asString()).isEqualTo("Dòng 1\nDòng 2");
    }

    @Test
    void aLineBreakInAOneLineFieldIsRefused() {
        JsonNode error = refused(secretariat.postRaw(agenda(), "{\"title\": \"Dòng 1\\nDòng 2\", \"closed\": false}"));

        assertThat(fieldMessage(error, "title")).isEqualTo("Chỉ được viết trên một dòng.");
    }

    @Test
    void anInstantOutsideTheYearsACouncilPlansForIsRefused() {
        for (String startsAt : new String[] {"+1000000000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2101-01-01T00:00:00Z"}) {
            JsonNode error = refused(secretariat.postRaw("/api/sessions/" + session + "/sittings",
                    "{\"title\": \"Phiên họp\", \"startsAt\": \"" + startsAt + "\", \"closed\": false}"));

            assertThat(fieldMessage(error, "startsAt")).as(startsAt).isEqualTo("Năm phải từ 2000 đến 2100.");
        }
    }

    @Test
    void aDateOutsideTheYearsACouncilPlansForIsRefused() {
        JsonNode error = refused(secretariat.postRaw("/api/organisations/" + council.id() + "/sessions",
                "{\"name\": \"Kỳ họp\", \"startsOn\": \"+999999999-12-31\", \"endsOn\": \"+999999999-12-31\"}"));

        assertThat(fieldMessage(error, "startsOn")).isEqualTo("Năm phải từ 2000 đến 2100.");
    }

    @Test
    void valuesOfTheWrongKindAreRefusedAtTheirFieldNotCoerced() {
        assertThat(fieldMessage(refused(secretariat.postRaw(agenda(), "{\"title\": \"Tờ trình\", \"closed\": \"true\"}")),
                "closed")).isEqualTo("Phải là true hoặc false.");
        assertThat(fieldMessage(refused(secretariat.postRaw(agenda(),
                "{\"title\": \"Tờ trình\", \"estimatedMinutes\": 5.5, \"closed\": false}")), "estimatedMinutes"))
                .isEqualTo("Phải là một số nguyên.");
        assertThat(fieldMessage(refused(secretariat.postRaw(agenda(), "{\"title\": 12, \"closed\": false}")), "title"))
                .isEqualTo("Phải là một chuỗi ký tự.");
        assertThat(fieldMessage(refused(secretariat.postRaw("/api/sessions/" + session + "/sittings",
                "{\"title\": \"Phiên họp\", \"startsAt\": 1765155600, \"closed\": false}")), "startsAt"))
                .startsWith("Phải là một thời điểm ISO-8601");
        assertThat(fieldMessage(refused(secretariat.postRaw(agenda(),
                "{\"title\": \"Tờ trình\", \"closed\": false, \"owner\": 2}")), "owner"))
                .isEqualTo("Biểu mẫu không có trường này.");
    }

    @Test
    void anEnumerationNameWithAControlCharacterIsNotThatName() {
        JsonNode error = refused(secretariat.postRaw("/api/organisations/" + council.id() + "/members", """
                {"fullName": "Trần Văn Lén", "title": null, "username": "len-quyen", "password": "mat-khau-dai-du",
                 "role": "ADMIN\\u0000", "delegationId": null}"""));

        assertThat(fieldMessage(error, "role")).startsWith("Phải là một trong các giá trị: ADMIN, SECRETARIAT");
    }

    @Test
    void aDuplicatedKeyIsRefusedRatherThanTheLastOneWinning() {
        JsonNode error = refused(secretariat.postRaw(agenda(),
                "{\"title\": \"Tờ trình\", \"closed\": false, \"closed\": true}"));

        assertThat(error.get("code").asString()).isEqualTo("bad_request");
        assertThat(error.get("message").asString()).contains("trường lặp lại");
    }

    @Test
    void anIdThatIsEmptyAfterDecodingIsABadRequest() {
        var response = secretariat.get("/api/sittings/%20");

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.body().get("code").asString()).isEqualTo("bad_request");
    }

    @Test
    void anOrganisationThatDoesNotExistIsNotFoundEvenForTheSystemAdministrator() {
        ApiClient admin = login(fixtures().systemAdmin(fixtures().council("Văn phòng Trung ương")));
        String nowhere = "/api/organisations/" + UUID.randomUUID();

        assertThat(admin.get(nowhere + "/sessions").status()).isEqualTo(404);
        var create = admin.post(nowhere + "/delegations", Map.of("name", "Tổ không nơi nương tựa"));
        assertThat(create.status()).as(create.raw()).isEqualTo(404);
        assertThat(create.body().get("code").asString()).isEqualTo("not_found");
    }

    private String agenda() {
        return "/api/sittings/" + sitting + "/agenda";
    }

    private static JsonNode refused(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.raw()).doesNotContain("Exception", "at vn.hopso");
        return response.body();
    }

    private static String fieldMessage(JsonNode error, String field) {
        assertThat(error.get("code").asString()).as(error.toString()).isEqualTo("invalid");
        for (JsonNode found : error.get("fields")) {
            if (found.get("field").asString().equals(field)) {
                return found.get("message").asString();
            }
        }
        throw new AssertionError("no error for field " + field + " in " + error);
    }
}
