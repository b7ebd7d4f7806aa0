package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.WsClient;

/**
 * A screen following one sitting across dropped connections, as the web client does: it keeps the highest {@code seq}
 * it received; after a drop it connects again (to whichever node the address leads to by then), subscribes after that
 * {@code seq}, and sends again, with the same {@code commandId}, every command it has had no answer to. It keeps every
 * frame of every connection it had, so that a test can tell whether each event came exactly once and in order.
 */
final class ResumingScreen implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ApiClient client;
    private final String sitting;
    private final List<WsClient> sockets = new CopyOnWriteArrayList<>();
    /** Every command sent, by commandId, in the order sent. */
    private final Map<String, String> commands = new LinkedHashMap<>();

    private ResumingScreen(ApiClient client, String sitting) {
        this.client = client;
        this.sitting = sitting;
        connect();
    }

    /** A screen subscribed to the sitting from its first event. */
    static ResumingScreen following(ApiClient client, String sitting) {
        return new ResumingScreen(client, sitting);
    }

    /**
     * Sends the command with {@code commandId} as its idempotency key and its {@code ref}. A send that fails with the
     * connection is not an answer: the command goes again on {@link #resume()}.
     */
    void send(String commandId, String frame) {
        ObjectNode command = (ObjectNode) ApiClient.json().readTree(frame);
        command.put("ref", commandId).put("commandId", commandId);
        commands.put(commandId, command.toString());
        try {
            socket().send(command.toString());
        } catch (RuntimeException lostWithTheConnection) {
            // unanswered, so resume() sends it again
        }
    }

    /**
     * Once the connection has dropped: connects again, is sent what it missed after the last {@code seq} it received,
     * and sends again every command that had no answer.
     */
    void resume() {
        socket().closed().handle((code, error) -> code).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        connect();
        commands.forEach((commandId, frame) -> {
            if (answers(commandId).isEmpty()) {
                socket().send(frame);
            }
        });
    }

    /** The one answer to the command, waiting for it: {@code command.accepted} or an {@code error}. */
    JsonNode answer(String commandId) {
        await().atMost(WAIT).until(() -> !answers(commandId).isEmpty());
        List<JsonNode> answers = answers(commandId);
        assertThat(answers).as("answers to %s", commandId).hasSize(1);
        return answers.getFirst();
    }

    /** The account the screen is logged in as, from the server's welcome. */
    UUID accountId() {
        return UUID.fromString(ApiClient.json().readTree(sockets.getFirst().texts().getFirst()).get("accountId")
                .asString());
    }

    /** Every event of the sitting received on any connection, in the order received, as the exact text sent. */
    List<String> events() {
        return texts().filter(text -> {
            JsonNode frame = ApiClient.json().readTree(text);
            return frame.has("seq") && frame.path("sittingId").asString().equals(sitting);
        }).toList();
    }

    long lastSeq() {
        return events().stream().mapToLong(text -> ApiClient.json().readTree(text).get("seq").asLong()).max().orElse(0);
    }

    /** The connection in use now. */
    private WsClient socket() {
        return sockets.getLast();
    }

    private List<JsonNode> answers(String commandId) {
        return texts().map(text -> ApiClient.json().readTree(text))
                .filter(frame -> frame.path("ref").asString().equals(commandId)).toList();
    }

    private Stream<String> texts() {
        return sockets.stream().flatMap(socket -> socket.texts().stream());
    }

    private void connect() {
        long after = lastSeq();
        WsClient socket = WsClient.connect(client);
        sockets.add(socket);
        socket.nextOfType("session.welcome");
        socket.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":" + after + "}");
        socket.next(f -> f.path("type").asString().equals("sitting.subscribed")
                && f.path("sittingId").asString().equals(sitting), WAIT);
    }

    @Override
    public void close() {
        sockets.forEach(WsClient::close);
    }
}
