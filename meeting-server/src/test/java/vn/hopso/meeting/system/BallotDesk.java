package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.WsClient;

/** The frames of the ballot commands, and the ballots of a sitting as a screen's snapshot lists them. */
final class BallotDesk {

    private final String sitting;

    BallotDesk(String sitting) {
        this.sitting = sitting;
    }

    /** A frame of the sitting: {@code type}, a {@code ref}, the {@code sittingId} and the given fields. */
    ObjectNode frame(String type, String ref, Object... fields) {
        ObjectNode frame = ApiClient.json().createObjectNode().put("type", type).put("ref", ref).put("sittingId", sitting);
        for (int i = 0; i < fields.length; i += 2) {
            frame.set((String) fields[i], ApiClient.json().valueToTree(fields[i + 1]));
        }
        return frame;
    }

    ObjectNode create(String ref, String itemId, String kind, String title, boolean secret, Object... more) {
        Object[] fields = new Object[6 + more.length];
        fields[0] = "itemId";
        fields[1] = itemId;
        fields[2] = "kind";
        fields[3] = kind;
        fields[4] = "title";
        fields[5] = title;
        System.arraycopy(more, 0, fields, 6, more.length);
        return frame("ballot.create", ref, fields).put("secret", secret);
    }

    ObjectNode step(String type, String ref, String ballotId) {
        return frame(type, ref, "ballotId", ballotId);
    }

    ObjectNode cast(String ref, String ballotId, String choice) {
        return frame("ballot.cast", ref, "ballotId", ballotId, "choice", choice);
    }

    /** Creates a ballot from {@code socket} (not following the sitting) and answers its id, from the staff's snapshot. */
    String prepare(WsClient socket, ApiClient staff, String itemId, String kind, String title, boolean secret,
            Object... more) {
        String ref = "create-" + UUID.randomUUID();
        send(socket, create(ref, itemId, kind, title, secret, more), ref);
        return ballot(staff, title).get("id").asString();
    }

    /** Sends the frame and expects it accepted. */
    static JsonNode send(WsClient socket, ObjectNode frame, String ref) {
        JsonNode answer = LiveSocket.answer(socket, frame.toString(), ref);
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("command.accepted");
        return answer;
    }

    static String refusal(WsClient socket, ObjectNode frame) {
        String ref = frame.get("ref").asString();
        JsonNode answer = LiveSocket.answer(socket, frame.toString(), ref);
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("error");
        return answer.get("code").asString();
    }

    JsonNode view(ApiClient client) {
        ApiClient.Response response = client.get("/api/sittings/" + sitting + "/view");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    JsonNode ballot(ApiClient client, String title) {
        return view(client).get("ballots").valueStream().filter(b -> b.get("title").asString().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no ballot " + title));
    }

    static Map<String, Integer> counts(JsonNode line) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        line.get("counts").forEach(count -> counts.put(count.get("mark").asString(), count.get("count").asInt()));
        return counts;
    }
}
