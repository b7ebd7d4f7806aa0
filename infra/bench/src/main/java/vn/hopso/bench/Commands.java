package vn.hopso.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The commands a benchmark sends over its sockets, each with a {@code ref} of its own: how long each took from being
 * sent to its {@code command.accepted}, per command type, and the refusals. The answers arrive through the
 * {@link Listener} of the socket that sent the command.
 */
final class Commands {

    private record Sent(String type, long sentNanos, CompletableFuture<Void> answer) {
    }

    private final AtomicLong refs = new AtomicLong();
    private final Map<String, Sent> waiting = new ConcurrentHashMap<>();
    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();

    /**
     * Sends {@code {"type":TYPE,"ref":…,FIELDS}}; the answer completes when the server accepted the command, and
     * fails when it refused it or the socket was closed.
     */
    CompletableFuture<Void> send(RawWebSocket socket, String type, String fields) {
        String ref = "c" + refs.incrementAndGet();
        CompletableFuture<Void> answer = new CompletableFuture<>();
        waiting.put(ref, new Sent(type, System.nanoTime(), answer));
        try {
            socket.send("{\"type\":\"" + type + "\",\"ref\":\"" + ref + "\"," + fields + "}");
        } catch (IOException e) {
            // The server closed this socket (the fleet tells why): the command counts as refused, and the run goes on.
            waiting.remove(ref);
            refusals.add(type + ": not sent, the socket is closed (" + e + ")");
            answer.completeExceptionally(e);
        }
        return answer;
    }

    void accepted(String ref) {
        long now = System.nanoTime();
        Sent sent = waiting.remove(ref);
        if (sent != null) {
            latencies.computeIfAbsent(sent.type(), type -> new Latencies()).record((now - sent.sentNanos()) / 1_000);
            sent.answer().complete(null);
        }
    }

    void refused(String ref, String frame) {
        Sent sent = waiting.remove(ref);
        if (sent != null) {
            refusals.add(sent.type() + ": " + frame);
            sent.answer().completeExceptionally(new IllegalStateException(sent.type() + " refused: " + frame));
        }
    }

    /** Send-to-accepted latencies by command type, sorted by type. */
    Map<String, Latencies> byType() {
        return new TreeMap<>(latencies);
    }

    /** Send-to-accepted latencies of the commands of the chosen types together. */
    Latencies of(Predicate<String> types) {
        return Latencies.of(latencies.entrySet().stream().filter(e -> types.test(e.getKey())).map(Map.Entry::getValue)
                .toList());
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Commands sent that have had no answer yet. */
    int unanswered() {
        return waiting.size();
    }
}
