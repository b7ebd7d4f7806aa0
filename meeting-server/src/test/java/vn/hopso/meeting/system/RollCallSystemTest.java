package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.util.HashMap;
import java.util.List;
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
    private Organisation committee;
    private SittingScenario scenario;

    @BeforeEach
    void setUp() {
        committee = fixtures().organisation("UBND tỉnh Giao Ban", OrganisationKind.PEOPLES_COMMITTEE);
        host = login(fixtures().member(committee, Role.SECRETARIAT));
        scenario = new SittingScenario(host);
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

    @Test
    void aSiteAsksToSpeakThroughTheSameQueueAndTheChairGivesItTheFloor() {
        String report = scenario.publishedItem(sitting, "Báo cáo tình hình kinh tế – xã hội tháng 11");
        ApiClient leader = login(fixtures().member(committee, Role.CHAIR, "Chủ tịch UBND tỉnh"));
        SittingScenario.startAndGoTo(leader, sitting, null, null);
        try (WsClient screen = subscribed(host, sitting); WsClient console = connected(leader);
                WsClient tanLapRoom = connected(login(tanLapOperator));
                WsClient bacSonRoom = connected(login(bacSonOperator))) {
            accepted(tanLapRoom, speak(report, tanLap, "r"), "r");
            assertThat(answer(tanLapRoom, speak(report, tanLap, "again"), "again").get("code").asString())
                    .isEqualTo("already_registered");
            assertThat(answer(bacSonRoom, speak(report, tanLap, "forged"), "forged").get("code").asString())
                    .as("asking for another site").isEqualTo("not_site_operator");
            Organisation other = fixtures().organisation("UBND tỉnh Khác", OrganisationKind.PEOPLES_COMMITTEE);
            String foreign = login(fixtures().member(other, Role.SECRETARIAT)).post("/api/organisations/" + other.id()
                    + "/sites", Map.of("name", "Điểm cầu tỉnh khác", "level", "COMMUNE", "kind", "MEETING_ROOM"))
                    .body().get("id").asString();
            assertThat(answer(tanLapRoom, speak(report, foreign, "foreign"), "foreign").get("code").asString())
                    .isEqualTo("not_found");
            assertThat(answer(tanLapRoom, "{\"type\":\"speakers.request\",\"ref\":\"self\",\"sittingId\":\""
                    + sitting + "\",\"itemId\":\"" + report + "\",\"kind\":\"DISCUSSION\"}", "self")
                    .get("code").asString()).as("an operator asking for themself").isEqualTo("not_an_elected_delegate");
            accepted(bacSonRoom, speak(report, bacSon, "b"), "b");

            QueueOnScreen queueOnScreen = new QueueOnScreen(screen, report);
            List<JsonNode> queue = queueOnScreen.ofSize(2);
            assertThat(QueueOnScreen.names(queue)).containsExactly("Điểm cầu xã Tân Lập", "Điểm cầu phường Bắc Sơn");
            assertThat(queue.get(0).get("siteId").asString()).isEqualTo(tanLap);
            assertThat(queue.get(0).get("membershipId").isNull()).isTrue();

            String bacSonRequest = queue.get(1).get("id").asString();
            assertThat(answer(tanLapRoom, withdraw(bacSonRequest, "w1"), "w1").get("code").asString())
                    .as("withdrawing another site's request").isEqualTo("not_found");
            accepted(bacSonRoom, withdraw(bacSonRequest, "w2"), "w2");
            accepted(console, "{\"type\":\"floor.give\",\"ref\":\"g\",\"sittingId\":\"" + sitting
                    + "\",\"requestId\":\"" + queue.get(0).get("id").asString() + "\",\"limitSeconds\":180}", "g");
            List<JsonNode> floor = queueOnScreen.untilState("Điểm cầu xã Tân Lập", "SPEAKING");
            assertThat(floor.get(0).get("fullName").asString()).isEqualTo("Điểm cầu xã Tân Lập");
            assertThat(floor.get(1).get("state").asString()).isEqualTo("WITHDRAWN");
            accepted(console, "{\"type\":\"floor.end\",\"ref\":\"e\",\"sittingId\":\"" + sitting + "\"}", "e");
        }
        JsonNode record = host.get("/api/sittings/" + sitting + "/record").body();
        assertThat(record.get("speeches").findValuesAsString("fullName")).containsExactly("Điểm cầu xã Tân Lập");
    }

    private String speak(String item, String site, String ref) {
        return "{\"type\":\"speakers.request\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting + "\",\"itemId\":\""
                + item + "\",\"kind\":\"DISCUSSION\",\"siteId\":\"" + site + "\"}";
    }

    private String withdraw(String request, String ref) {
        return "{\"type\":\"speakers.withdraw\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting
                + "\",\"requestId\":\"" + request + "\"}";
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
