package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.WsClient;

/** A screen's WebSocket in the system tests of the live sitting: opened, following a sitting, sending commands. */
final class LiveSocket {

    private LiveSocket() {
    }

    /** A socket past its welcome. */
    static WsClient connected(ApiClient client) {
        WsClient socket = WsClient.connect(client);
        socket.nextOfType("session.welcome");
        return socket;
    }

    /** A socket following the sitting from its first event. */
    static WsClient subscribed(ApiClient client, String sitting) {
        WsClient socket = connected(client);
        socket.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
        socket.nextOfType("sitting.subscribed");
        return socket;
    }

    /** The answer to the frame (frames before it on this socket are passed over: look for events on another). */
    static JsonNode answer(WsClient client, String frame, String ref) {
        client.send(frame);
        return client.next(f -> f.path("ref").asString().equals(ref));
    }

    static void accepted(WsClient client, String frame, String ref) {
        JsonNode answer = answer(client, frame, ref);
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("command.accepted");
    }
}
