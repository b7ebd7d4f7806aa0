package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/** What reaches screens although its bus message never came, and what the log keeps. */
@TestPropertySource(properties = {"hopso.realtime.heartbeat-interval=300ms", "hopso.realtime.heartbeat-timeout=60s"})
class CatchUpSystemTest extends ServerTest {

    @Test
    void anEventCommittedByANodeThatDiedBeforePublishingItReachesScreensWithinAHeartbeat() {
        Organisation council = fixtures().council("HĐND tỉnh Nút Chết");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        try (WsClient display = WsClient.connect(login(fixtures().member(council, Role.OBSERVER)))) {
            display.nextOfType("session.welcome");
            display.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
            display.nextOfType("sitting.subscribed");

            // What another node committed just before it died: in the log, never on the bus, and the last event.
            String frame = "{\"type\":\"agenda.current\",\"itemId\":null,\"closed\":true,\"nextItemId\":null,"
                    + "\"sittingId\":\"" + sitting + "\",\"seq\":1,\"at\":\"" + Instant.now() + "\"}";
            jdbc.sql("""
                            insert into sitting_events (sitting_id, seq, type, recipients, frame, occurred_at)
                            values (cast(? as uuid), 1, 'agenda.current', 'min:PUBLIC', ?, now())""")
                    .params(sitting, frame).update();
            jdbc.sql("update sittings set last_seq = 1 where id = cast(? as uuid)").param(sitting).update();

            JsonNode current = display.nextOfType("agenda.current");
            assertThat(current.get("seq").asLong()).isEqualTo(1);
            assertThat(current.get("closed").asBoolean()).isTrue();
        }
    }

    @Test
    void theLogKeepsEachFrameExactlyAsClientsReceiveIt() {
        Organisation council = fixtures().council("HĐND tỉnh Nguyên Văn");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        try (WsClient staff = WsClient.connect(secretariat)) {
            staff.nextOfType("session.welcome");
            staff.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
            staff.nextOfType("sitting.subscribed");
            scenario.item(sitting, "Tờ trình \"số 1\" về ngân sách – năm 2027", false);
            long seq = staff.nextOfType("agenda.added").get("seq").asLong();

            String stored = jdbc.sql("select frame from sitting_events where sitting_id = cast(? as uuid) and seq = ?")
                    .params(sitting, seq).query(String.class).single();
            await().atMost(Duration.ofSeconds(5)).until(() -> staff.texts().contains(stored));
        }
    }

    @Test
    void anOpenSocketKeepsItsBrowserSessionAlive() {
        Organisation council = fixtures().council("HĐND tỉnh Màn Hình");
        ApiClient display = login(fixtures().member(council, Role.OBSERVER));
        // Spring Session's cookie carries the session id in Base64.
        String session = new String(java.util.Base64.getDecoder().decode(
                display.cookieHeader().replaceAll(".*HOPSO_SESSION=\"?([^;\"]+)\"?.*", "$1")),
                java.nio.charset.StandardCharsets.UTF_8);
        long before = expiry(session);
        try (WsClient socket = WsClient.connect(display)) {
            socket.nextOfType("session.welcome");
            await().atMost(Duration.ofSeconds(10)).until(() -> expiry(session) > before);
        }
    }

    @Test
    void aSessionThatEndsBehindTheServersBackClosesItsSocketsWithinAHeartbeat() {
        Organisation council = fixtures().council("HĐND tỉnh Hết Hạn");
        ApiClient delegate = login(fixtures().member(council, Role.DELEGATE));
        try (WsClient socket = WsClient.connect(delegate)) {
            socket.nextOfType("session.welcome");
            // Expired and swept by Spring Session's cleanup, or ended on a node whose notice was lost.
            jdbc.sql("delete from spring_session").update();
            assertThat(socket.nextOfType("error").get("code").asString()).as("said before the close")
                    .isEqualTo("access_revoked");
            assertThat(socket.closed().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join()).isEqualTo(4401);
        }
    }

    private long expiry(String session) {
        return jdbc.sql("select expiry_time from spring_session where session_id = ?").param(session)
                .query(Long.class).single();
    }
}
