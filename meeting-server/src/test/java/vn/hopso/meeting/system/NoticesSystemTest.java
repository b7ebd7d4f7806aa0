package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/** Notices of the secretariat reach exactly whom they were sent to, live and in the snapshot, and are kept. */
class NoticesSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient secretariat;
    private String sitting;
    private String site;
    private TestUser operator;
    private TestUser delegate;
    private TestUser guest;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Thông Báo");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        operator = fixtures().member(council, Role.SITE_OPERATOR, "Kỹ Thuật Viên Xã");
        delegate = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        guest = fixtures().member(council, Role.GUEST, "Khách Mời");
        site = secretariat.post("/api/organisations/" + council.id() + "/sites", Map.of("name", "Điểm cầu xã Tân Lập",
                "level", "COMMUNE", "kind", "MEETING_ROOM", "operatorMembershipId", operator.membershipId().toString()))
                .body().get("id").asString();
    }

    @Test
    void eachNoticeReachesItsAudienceAndTheStaffAndNoOneElse() {
        try (WsClient desk = subscribed(secretariat, sitting); WsClient laptop = subscribed(login(delegate), sitting);
                WsClient hall = subscribed(login(guest), sitting); WsClient siteRoom = subscribed(login(operator), sitting)) {
            accepted(desk, notice("EVERYONE", null, "Tạm nghỉ 15 phút", "n1"), "n1");
            accepted(desk, notice("DELEGATES", null, "Mời đại biểu về tổ thảo luận", "n2"), "n2");
            accepted(desk, notice("SITE", site, "Điểm cầu Tân Lập kiểm tra lại âm thanh", "n3"), "n3");

            assertThat(noticesUntilPong(laptop)).containsExactly("Tạm nghỉ 15 phút", "Mời đại biểu về tổ thảo luận");
            assertThat(noticesUntilPong(hall)).containsExactly("Tạm nghỉ 15 phút");
            assertThat(noticesUntilPong(siteRoom)).containsExactly("Tạm nghỉ 15 phút",
                    "Điểm cầu Tân Lập kiểm tra lại âm thanh");

            JsonNode forged = answer(laptop, notice("EVERYONE", null, "Đại biểu tự gửi", "f"), "f");
            assertThat(forged.get("code").asString()).isEqualTo("forbidden");
            JsonNode blank = answer(desk, notice("EVERYONE", null, "   ", "b"), "b");
            assertThat(blank.get("type").asString()).isEqualTo("error");
            JsonNode noSite = answer(desk, notice("SITE", null, "Không có điểm cầu", "s"), "s");
            assertThat(noSite.get("type").asString()).isEqualTo("error");
        }
        assertThat(texts(login(delegate))).containsExactly("Tạm nghỉ 15 phút", "Mời đại biểu về tổ thảo luận");
        assertThat(texts(login(guest))).containsExactly("Tạm nghỉ 15 phút");
        assertThat(texts(secretariat)).hasSize(3);
        assertThat(jdbc.sql("select count(*) from sitting_notices").query(Integer.class).single()).isEqualTo(3);
    }

    private List<String> texts(ApiClient client) {
        return client.get("/api/sittings/" + sitting + "/view").body().get("notices").findValuesAsString("text");
    }

    private String notice(String audience, String siteId, String text, String ref) {
        return "{\"type\":\"notice.send\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting + "\",\"audience\":\""
                + audience + "\",\"siteId\":" + (siteId == null ? "null" : "\"" + siteId + "\"") + ",\"text\":\""
                + text + "\"}";
    }

    private static List<String> noticesUntilPong(WsClient screen) {
        screen.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"end\"}");
        return screen.until(f -> f.path("nonce").asString().equals("end")).stream()
                .filter(f -> f.path("type").asString().equals("notice.sent"))
                .map(f -> f.get("notice").get("text").asString()).toList();
    }
}
