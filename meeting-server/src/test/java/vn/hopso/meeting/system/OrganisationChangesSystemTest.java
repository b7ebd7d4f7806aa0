package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.connected;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Two secretaries at two desks: what one adds or changes in the council's lists is announced at once to the other's
 * screen (which loads that list again), and to no one outside the council. The heartbeat is an hour here, so only
 * the immediate path can pass.
 */
@TestPropertySource(properties = "hopso.realtime.heartbeat-interval=1h")
class OrganisationChangesSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient writer;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Hai Bàn");
        writer = login(fixtures().member(council, Role.ADMIN));
    }

    @Test
    void eachListThatChangesIsAnnouncedToTheOtherDesk() {
        String organisation = "/api/organisations/" + council.id();
        try (WsClient otherDesk = connected(login(fixtures().member(council, Role.SECRETARIAT)))) {
            JsonNode site = created(writer.post(organisation + "/sites",
                    Map.of("name", "Điểm cầu xã Bàn Hai", "level", "COMMUNE", "kind", "MEETING_ROOM")));
            assertAnnounced(otherDesk, "SITES");
            created(writer.put("/api/sites/" + site.get("id").asString(), Map.of("name", "Điểm cầu xã Bàn Hai (mới)",
                    "level", "COMMUNE", "kind", "MEETING_ROOM", "version", site.get("version").asLong())));
            assertAnnounced(otherDesk, "SITES");

            JsonNode member = created(writer.post(organisation + "/members", Map.of("fullName", "Lê Văn Mới",
                    "username", "le-van-moi", "password", "mat-khau-dai-du-2026", "role", "DELEGATE")));
            assertAnnounced(otherDesk, "MEMBERS");
            assertThat(writer.delete("/api/members/" + member.get("membershipId").asString()).status()).isEqualTo(204);
            assertAnnounced(otherDesk, "MEMBERS");

            created(writer.post(organisation + "/delegations", Map.of("name", "Tổ đại biểu số 9")));
            assertAnnounced(otherDesk, "DELEGATIONS");

            JsonNode session = created(writer.post(organisation + "/sessions", Map.of("name", "Kỳ họp thứ chín",
                    "startsOn", "2027-03-01", "endsOn", "2027-03-02")));
            assertAnnounced(otherDesk, "SESSIONS");
            created(writer.post("/api/sessions/" + session.get("id").asString() + "/sittings", Map.of(
                    "title", "Phiên khai mạc", "startsAt", "2027-03-01T01:00:00Z", "closed", false)));
            assertAnnounced(otherDesk, "SITTINGS");

            created(writer.put(organisation, Map.of("name", "HĐND tỉnh Hai Bàn (mới)", "kind", "COUNCIL",
                    "level", "PROVINCE", "version", writer.get(organisation).body().get("version").asLong())));
            assertAnnounced(otherDesk, "ORGANISATION");
        }
    }

    @Test
    void noOneOutsideTheCouncilHearsOfItNorAnyoneWhoLeftIt() {
        Fixtures.TestUser leaving = fixtures().member(council, Role.DELEGATE);
        try (WsClient outsider = connected(login(fixtures().member(fixtures().council("HĐND tỉnh Khác"), Role.ADMIN)));
                WsClient formerMember = connected(login(leaving))) {
            assertThat(writer.delete("/api/members/" + leaving.membershipId()).status()).isEqualTo(204);
            ping(formerMember);

            created(writer.post("/api/organisations/" + council.id() + "/delegations", Map.of("name", "Tổ kín")));

            for (WsClient screen : List.of(outsider, formerMember)) {
                assertThat(ping(screen)).extracting(frame -> frame.get("type").asString())
                        .containsExactly("heartbeat.pong");
            }
        }
    }

    private static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 201);
        return response.body();
    }

    private static void assertAnnounced(WsClient screen, String list) {
        JsonNode changed = screen.nextOfType("organisation.changed");
        assertThat(changed.get("list").asString()).isEqualTo(list);
    }

    /** Every frame up to the answer of a ping sent now: what the screen was sent before it. */
    private static List<JsonNode> ping(WsClient screen) {
        screen.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"n\"}");
        return screen.until(frame -> frame.get("type").asString().equals("heartbeat.pong"));
    }
}
