package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

@TestPropertySource(properties = {"hopso.realtime.heartbeat-interval=200ms", "hopso.realtime.heartbeat-timeout=1s"})
class HeartbeatSystemTest extends ServerTest {

    @Test
    void aConnectionThatStopsAnsweringIsClosedWhileALiveOneStays() throws IOException {
        Organisation council = fixtures().council("HĐND tỉnh Nhịp Tim");
        ApiClient delegate = login(fixtures().member(council, Role.DELEGATE));
        try (WsClient live = WsClient.connect(delegate); Socket silent = rawWebSocket(delegate)) {
            live.nextOfType("session.welcome");
            // The silent client never answers the server's pings: the server must close it within a few seconds.
            assertThat(serverCloses(silent, Duration.ofSeconds(10))).isTrue();
            live.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"alive\"}");
            assertThat(live.nextOfType("heartbeat.pong").get("nonce").asString()).isEqualTo("alive");
        }
    }

    @Test
    void aDelegateRemovedFromTheCouncilStopsReceivingTheSittingWithinABeat() {
        Organisation council = fixtures().council("HĐND tỉnh Thu Hồi Quyền");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        var removed = fixtures().member(council, Role.DELEGATE);
        ApiClient delegate = login(removed);
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        try (WsClient stream = WsClient.connect(delegate)) {
            stream.nextOfType("session.welcome");
            stream.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
            stream.nextOfType("sitting.subscribed");

            assertThat(secretariat.delete("/api/members/" + removed.membershipId()).status()).isEqualTo(204);
            JsonNode revoked = stream.nextOfType("error");
            assertThat(revoked.get("code").asString()).isEqualTo("access_revoked");

            scenario.publishedItem(sitting, "Công tác cán bộ");
            stream.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"after\"}");
            List<JsonNode> seen = stream.until(f -> f.path("type").asString().equals("heartbeat.pong"));
            assertThat(seen).extracting(f -> f.get("type").asString()).containsExactly("heartbeat.pong");
        }
    }

    /** A WebSocket handshake by hand, after which this client reads nothing and answers nothing. */
    private Socket rawWebSocket(ApiClient client) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        String key = Base64.getEncoder().encodeToString("hopso-heartbeat1".getBytes(StandardCharsets.US_ASCII));
        String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Cookie: " + client.cookieHeader() + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        assertThat(status).isEqualTo("HTTP/1.1 101");
        // The rest of the handshake answer, up to the blank line: frames follow it.
        InputStream in = socket.getInputStream();
        for (int matched = 0; matched < 4; ) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("the handshake answer ended before its blank line");
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return socket;
    }

    /**
     * Reads the server's frames (unmasked) until a close frame (opcode 8) arrives or the socket ends; false if
     * neither happens within {@code limit}. Ping frames (opcode 9) are read and, on purpose, not answered.
     */
    private static boolean serverCloses(Socket socket, Duration limit) throws IOException {
        socket.setSoTimeout(200);
        long deadline = System.nanoTime() + limit.toNanos();
        InputStream in = socket.getInputStream();
        while (System.nanoTime() < deadline) {
            try {
                int first = in.read();
                if (first < 0 || (first & 0x0F) == 0x8) {
                    return true;
                }
                long length = in.read() & 0x7F;
                // A frame over 125 bytes (the welcome, with a long name) gives its length in 2 or 8 more bytes.
                if (length == 126) {
                    length = ((long) in.read() << 8) | in.read();
                } else if (length == 127) {
                    length = new java.io.DataInputStream(in).readLong();
                }
                in.readNBytes((int) length);
            } catch (SocketTimeoutException stillOpen) {
                // nothing arrived in this slice; keep waiting
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }
}
