package vn.hopso.bench;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One simulated delegate tab: for every {@code agenda.current} event it records how long after the event's commit
 * time ({@code at}) the frame arrived.
 */
final class Listener implements Consumer<String> {

    private volatile Latencies latencies = new Latencies(0);
    final CompletableFuture<Void> subscribed = new CompletableFuture<>();

    /** Where the next measurement step records. */
    void recordInto(Latencies step) {
        latencies = step;
    }

    @Override
    public void accept(String frame) {
        if (frame.startsWith("{\"type\":\"agenda.current\"")) {
            long receivedMicros = micros(Instant.now());
            latencies.record(receivedMicros - micros(Instant.parse(field(frame, "at"))));
        } else if (frame.startsWith("{\"type\":\"sitting.subscribed\"")) {
            subscribed.complete(null);
        } else if (frame.startsWith("{\"type\":\"error\"")) {
            subscribed.completeExceptionally(new IllegalStateException(frame));
        }
    }

    private static String field(String frame, String name) {
        int start = frame.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return frame.substring(start, frame.indexOf('"', start));
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
