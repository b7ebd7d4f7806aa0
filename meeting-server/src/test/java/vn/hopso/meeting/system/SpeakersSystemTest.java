package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;
import static vn.hopso.meeting.system.QueueOnScreen.entry;
import static vn.hopso.meeting.system.QueueOnScreen.names;
import static vn.hopso.meeting.system.QueueOnScreen.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Đăng ký phát biểu and the floor over the WebSocket: the server decides the order and every screen gets the same
 * queue; one speaker at a time, a point of order interrupts and the speech resumes; refusals change nothing.
 */
class SpeakersSystemTest extends ServerTest {

    private String sitting;
    private String opening;
    private String closedItem;
    private ApiClient chair;
    private TestUser an;
    private TestUser binh;
    private TestUser cuong;
    private Organisation council;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Phát Biểu");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        opening = scenario.publishedItem(sitting, "Thảo luận kinh tế – xã hội");
        closedItem = scenario.item(sitting, "Công tác cán bộ", true).get("id").asString();
        secretariat.post("/api/agenda-items/" + closedItem + "/publish", java.util.Map.of());
        chair = login(fixtures().member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        binh = fixtures().member(council, Role.DELEGATE, "Trần Thị Bình");
        cuong = fixtures().member(council, Role.DELEGATE, "Lê Văn Cường");
    }

    @Test
    void theServerOrdersTheQueueTheChairGivesTheFloorAndAPointOfOrderInterrupts() {
        List<JsonNode> announced;
        try (WsClient hall = subscribed(login(fixtures().member(council, Role.GUEST)), sitting);
                WsClient console = subscribed(chair, sitting); WsClient anLaptop = connected(login(an));
                WsClient binhLaptop = connected(login(binh)); WsClient cuongLaptop = connected(login(cuong))) {
            accepted(anLaptop, request("DISCUSSION", null, "r"), "r");
            accepted(binhLaptop, request("QUESTION", "Giám đốc Sở Y tế", "r"), "r");
            accepted(cuongLaptop, request("POINT_OF_ORDER", null, "r"), "r");
            JsonNode again = answer(anLaptop, request("REPLY", null, "again"), "again");
            assertThat(again.get("code").asString()).isEqualTo("already_registered");
            assertThat(again.get("sittingId").asString()).as("a refusal names its sitting").isEqualTo(sitting);
            assertThat(answer(binhLaptop, request("QUESTION", null, "q"), "q").get("code").asString())
                    .as("a question names whom it is for").isEqualTo("invalid");

            QueueOnScreen hallQueue = new QueueOnScreen(hall, opening);
            List<JsonNode> queue = new QueueOnScreen(console, opening).ofSize(3);
            announced = queue;
            assertThat(names(queue)).containsExactly("Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình");
            assertThat(names(hallQueue.ofSize(3))).as("the hall display shows the same order").isEqualTo(names(queue));

            String anRequest = idOf(queue, "Nguyễn Văn An");
            String cuongRequest = idOf(queue, "Lê Văn Cường");
            String binhRequest = idOf(queue, "Trần Thị Bình");
            assertThat(answer(anLaptop, give(anRequest, 120, "self"), "self").get("code").asString())
                    .as("a delegate giving themself the floor").isEqualTo("forbidden");

            accepted(console, "{\"type\":\"speakers.reorder\",\"ref\":\"o\",\"sittingId\":\"" + sitting
                    + "\",\"itemId\":\"" + opening + "\",\"requestIds\":[\"" + anRequest + "\",\"" + cuongRequest
                    + "\",\"" + binhRequest + "\"]}", "o");
            accepted(console, give(anRequest, 120, "g1"), "g1");
            List<JsonNode> onFloor = hallQueue.untilState("Nguyễn Văn An", "SPEAKING");
            assertThat(hallQueue.lastChanged()).as("a change carries the requests it changed, not the whole queue")
                    .containsExactly("Nguyễn Văn An");
            assertThat(names(onFloor)).containsExactly("Nguyễn Văn An", "Lê Văn Cường", "Trần Thị Bình");
            JsonNode speaking = entry(onFloor, "Nguyễn Văn An");
            assertThat(Duration.between(Instant.parse(speaking.get("startedAt").asString()),
                    Instant.parse(speaking.get("deadline").asString()))).isEqualTo(Duration.ofSeconds(120));

            assertThat(answer(console, give(binhRequest, 120, "g2"), "g2").get("code").asString())
                    .isEqualTo("floor_taken");
            accepted(console, give(cuongRequest, 60, "g3"), "g3");
            List<JsonNode> interrupted = hallQueue.untilState("Lê Văn Cường", "SPEAKING");
            assertThat(state(interrupted, "Nguyễn Văn An")).isEqualTo("PAUSED");
            assertThat(entry(interrupted, "Nguyễn Văn An").get("remainingMillis").asLong()).isBetween(1L, 120_000L);

            accepted(console, "{\"type\":\"floor.end\",\"ref\":\"e1\",\"sittingId\":\"" + sitting + "\"}", "e1");
            List<JsonNode> resumed = hallQueue.untilState("Lê Văn Cường", "DONE");
            assertThat(state(resumed, "Nguyễn Văn An")).as("the interrupted speech resumes").isEqualTo("SPEAKING");

            accepted(binhLaptop, "{\"type\":\"speakers.withdraw\",\"ref\":\"w\",\"sittingId\":\"" + sitting
                    + "\",\"requestId\":\"" + binhRequest + "\"}", "w");
            assertThat(answer(anLaptop, "{\"type\":\"speakers.withdraw\",\"ref\":\"w2\",\"sittingId\":\"" + sitting
                    + "\",\"requestId\":\"" + binhRequest + "\"}", "w2").get("code").asString()).isEqualTo("not_found");
            accepted(console, "{\"type\":\"floor.end\",\"ref\":\"e2\",\"sittingId\":\"" + sitting + "\"}", "e2");
            assertThat(answer(console, "{\"type\":\"floor.end\",\"ref\":\"e3\",\"sittingId\":\"" + sitting + "\"}",
                    "e3").get("code").asString()).isEqualTo("no_speaker");
        }
        JsonNode view = login(an).get("/api/sittings/" + sitting + "/view").body();
        assertThat(view.get("speakers").findValuesAsString("state")).containsExactly("DONE", "DONE", "WITHDRAWN");
        assertThat(view.get("speakers").valueStream().filter(r -> r.get("fullName").asString().equals("Lê Văn Cường"))
                .findFirst().orElseThrow().get("requestedAt").asString())
                .as("the time a request was made, as announced and as stored")
                .isEqualTo(entry(announced, "Lê Văn Cường").get("requestedAt").asString());
    }

    @Test
    void theQueueOfAClosedItemReachesMembersOnlyAndRequestsNeedAPublishedItemOfTheSitting() {
        try (WsClient hall = subscribed(login(fixtures().member(council, Role.GUEST)), sitting);
                WsClient console = subscribed(chair, sitting); WsClient laptop = connected(login(an))) {
            accepted(laptop, "{\"type\":\"speakers.request\",\"ref\":\"c\",\"sittingId\":\"" + sitting
                    + "\",\"itemId\":\"" + closedItem + "\",\"kind\":\"DISCUSSION\",\"addressee\":null}", "c");
            assertThat(console.nextOfType("speakers.changed").get("itemId").asString()).isEqualTo(closedItem);
            hall.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"after\"}");
            assertThat(hall.until(f -> f.path("nonce").asString().equals("after")))
                    .extracting(f -> f.get("type").asString()).doesNotContain("speakers.changed");

            String draft = new SittingScenario(login(fixtures().member(council, Role.SECRETARIAT)))
                    .item(sitting, "Dự thảo chưa công bố", false).get("id").asString();
            assertThat(answer(laptop, "{\"type\":\"speakers.request\",\"ref\":\"d\",\"sittingId\":\"" + sitting
                    + "\",\"itemId\":\"" + draft + "\",\"kind\":\"DISCUSSION\",\"addressee\":null}", "d")
                    .get("code").asString()).isEqualTo("item_not_published");
        }
        assertThat(login(fixtures().member(council, Role.GUEST)).get("/api/sittings/" + sitting + "/view").body()
                .get("speakers")).as("a guest's snapshot has no queue of a closed item").isEmpty();
    }

    private String request(String kind, String addressee, String ref) {
        return "{\"type\":\"speakers.request\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting + "\",\"itemId\":\""
                + opening + "\",\"kind\":\"" + kind + "\",\"addressee\":"
                + (addressee == null ? "null" : "\"" + addressee + "\"") + "}";
    }

    private String give(String requestId, int seconds, String ref) {
        return "{\"type\":\"floor.give\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting + "\",\"requestId\":\""
                + requestId + "\",\"limitSeconds\":" + seconds + "}";
    }

    private static String idOf(List<JsonNode> queue, String name) {
        return entry(queue, name).get("id").asString();
    }
}
