package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.MediaRooms;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.media.MediaNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/** The server's own Janus (installed by infra/test) gets a media room for each sitting while it runs. */
class VideoRoomSystemTest extends ServerTest {

    @Autowired
    private MediaNode media;

    @Test
    void aSittingHasItsMediaRoomFromItsStartToItsEnd() {
        var council = fixtures().council("HĐND tỉnh Truyền Hình");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        ApiClient chair = login(fixtures().member(council, Role.CHAIR));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        scenario.publishedItem(sitting, "Khai mạc");
        MediaRooms rooms = media.rooms().orElseThrow(() -> new AssertionError("Janus is not installed"));
        MediaRoomId room = MediaRoomId.ofSitting(UUID.fromString(sitting));
        assertThat(rooms.exists(room)).isFalse();

        run(chair, "{\"type\":\"sitting.start\",\"ref\":\"start\",\"sittingId\":\"" + sitting + "\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> rooms.exists(room));

        run(chair, "{\"type\":\"sitting.end\",\"ref\":\"start\",\"sittingId\":\"" + sitting + "\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !rooms.exists(room));
    }

    @Test
    void aRunningSittingGetsItsRoomBackWhenTheManagedJanusIsKilledAndRestarted() {
        var council = fixtures().council("HĐND tỉnh Khởi Động Lại");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        scenario.publishedItem(sitting, "Khai mạc");
        MediaRooms rooms = media.rooms().orElseThrow(() -> new AssertionError("Janus is not installed"));
        MediaRoomId room = MediaRoomId.ofSitting(UUID.fromString(sitting));
        run(login(fixtures().member(council, Role.CHAIR)),
                "{\"type\":\"sitting.start\",\"ref\":\"start\",\"sittingId\":\"" + sitting + "\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> rooms.exists(room));
        ProcessHandle janus = media.managedProcess().orElseThrow();

        janus.destroyForcibly();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> media.managedProcess()
                .filter(restarted -> restarted.pid() != janus.pid()).isPresent() && rooms.exists(room));
    }

    @Test
    void theHealthCheckTellsASystemAdministratorThatVideoIsAvailable() {
        var council = fixtures().council("HĐND tỉnh Kiểm Tra Hình");
        try (ApiClient admin = login(fixtures().systemAdmin(council))) {
            JsonNode media = admin.get("/actuator/health").body().get("components").get("media");

            assertThat(media.get("status").asString()).isEqualTo("UP");
            assertThat(media.get("details").get("video").asString()).isEqualTo("available");
            assertThat(media.get("details").get("janus").asString()).isEqualTo("managed");
        }
    }

    private static void run(ApiClient chair, String command) {
        try (WsClient console = WsClient.connect(chair)) {
            console.nextOfType("session.welcome");
            console.send(command);
            assertThat(console.next(f -> f.path("ref").asString().equals("start")).get("type").asString())
                    .isEqualTo("command.accepted");
        }
    }
}
