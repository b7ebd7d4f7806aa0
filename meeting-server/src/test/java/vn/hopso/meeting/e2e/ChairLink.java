package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.WsClient;

/**
 * Chair commands sent from the test over a WebSocket of its own, for scenarios where the chair's console is not
 * what is under test. Each command opens a fresh connection, so it also works right after a network drop.
 */
final class ChairLink {

    private static final AtomicInteger REFS = new AtomicInteger();

    private final ApiClient chair;

    ChairLink(ApiClient chair) {
        this.chair = chair;
    }

    void start(String sittingId) {
        command("sitting.start", sittingId);
    }

    /** Moves on from the item the sitting is at now, as the chair's console would. */
    void next(String sittingId) {
        JsonNode current = chair.get("/api/sittings/" + sittingId).body().get("currentItemId");
        command("agenda.next", sittingId, current.isNull() ? null : current.asString());
    }

    private void command(String type, String sittingId) {
        command(type, sittingId, null);
    }

    private void command(String type, String sittingId, String fromItemId) {
        String ref = "e2e-" + REFS.incrementAndGet();
        try (WsClient socket = WsClient.connect(chair)) {
            var frame = ApiClient.json().createObjectNode().put("type", type).put("ref", ref).put("sittingId", sittingId);
            if (type.startsWith("agenda.")) {
                frame.put("fromItemId", fromItemId);
            }
            socket.send(frame);
            JsonNode answer = socket.next(f -> ref.equals(f.path("ref").asString()));
            assertThat(answer.path("type").asString()).as("answer to %s: %s", type, answer).isEqualTo("command.accepted");
        }
    }
}
