package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.OrganisationKind;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/** Điểm danh điểm cầu in an online briefing: the host calls the roll, each site's own operator answers once. */
class RollCallSystemTest extends ServerTest {

    private String sitting;
    private ApiClient host;
    private String tanLap;
    private String bacSon;
    private TestUser tanLapOperator;
    private TestUser bacSonOperator;

    @BeforeEach
    void setUp() {
        Organisation committee = fixtures().organisation("UBND tỉnh Giao Ban", OrganisationKind.PEOPLES_COMMITTEE);
        host = login(fixtures().member(committee, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(host);
        sitting = scenario.sitting(scenario.session(committee.id().toString()), false);
        tanLapOperator = fixtures().member(committee, Role.SITE_OPERATOR, "Kỹ thuật Tân Lập");
        bacSonOperator = fixtures().member(committee, Role.SITE_OPERATOR, "Kỹ thuật Bắc Sơn");
        tanLap = site(committee, "Điểm cầu xã Tân Lập", tanLapOperator);
        bacSon = site(committee, "Điểm cầu phường Bắc Sơn", bacSonOperator);
        site(committee, "Điểm cầu xã Hòa Bình", null);
    }

    @Test
    void theHostSeesWhichSitesAnsweredLiveAndOnlyEachSitesOperatorAnswersForIt() {
        try (WsClient console = subscribed(host, sitting); WsClient tanLapRoom = connected(login(tanLapOperator));
                WsClient bacSonRoom = connected(login(bacSonOperator))) {
            assertThat(answer(tanLapRoom, answerFor(tanLap, "early"), "early").get("code").asString())
                    .isEqualTo("no_roll_call");
            accepted(console, "{\"type\":\"rollcall.start\",\"ref\":\"s\",\"sittingId\":\"" + sitting + "\"}", "s");
            assertThat(answer(console, "{\"type\":\"rollcall.start\",\"ref\":\"s2\",\"sittingId\":\"" + sitting + "\"}",
                    "s2").get("code").asString()).isEqualTo("roll_call_open");

            accepted(tanLapRoom, answerFor(tanLap, "a"), "a");
            assertThat(answer(tanLapRoom, answerFor(tanLap, "a2"), "a2").get("code").asString())
                    .isEqualTo("already_answered");
            assertThat(answer(bacSonRoom, answerFor(tanLap, "forged"), "forged").get("code").asString())
                    .as("answering for another site").isEqualTo("not_found");
            JsonNode call = console.next(f -> f.path("type").asString().equals("rollcall.changed")
                    && f.get("rollCall").get("sites").findValues("answeredAt").stream().anyMatch(a -> !a.isNull()))
                    .get("rollCall");
            assertThat(call.get("sites").findValuesAsString("siteName"))
                    .containsExactly("Điểm cầu phường Bắc Sơn", "Điểm cầu xã Hòa Bình", "Điểm cầu xã Tân Lập");
            assertThat(call.get("sites").valueStream().filter(s -> !s.get("answeredAt").isNull())
                    .map(s -> s.get("siteName").asString())).containsExactly("Điểm cầu xã Tân Lập");

            assertThat(answer(console, answerFor(bacSon, "host"), "host").get("code").asString())
                    .as("the host answering for a site").isEqualTo("forbidden");
            accepted(console, "{\"type\":\"rollcall.end\",\"ref\":\"e\",\"sittingId\":\"" + sitting + "\"}", "e");
            assertThat(answer(bacSonRoom, answerFor(bacSon, "late"), "late").get("code").asString())
                    .isEqualTo("no_roll_call");
        }
        JsonNode view = host.get("/api/sittings/" + sitting + "/view").body().get("rollCall");
        assertThat(view.get("endedAt").isNull()).isFalse();
        assertThat(view.get("sites")).hasSize(3);
    }

    private String site(Organisation organisation, String name, TestUser operator) {
        Map<String, Object> form = new HashMap<>(Map.of("name", name, "level", "COMMUNE",
                "kind", "MEETING_ROOM"));
        if (operator != null) {
            form.put("operatorMembershipId", operator.membershipId().toString());
        }
        var created = host.post("/api/organisations/" + organisation.id() + "/sites", form);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String answerFor(String site, String ref) {
        return "{\"type\":\"rollcall.answer\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting + "\",\"siteId\":\""
                + site + "\"}";
    }
}
