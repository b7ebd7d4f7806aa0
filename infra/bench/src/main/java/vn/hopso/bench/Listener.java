package vn.hopso.bench;

import java.net.http.WebSocket;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One simulated delegate tab: subscribes to the sitting and, for every {@code agenda.current} event, records how long
 * after the event's commit time ({@code at}) it arrived.
 */
final class Listener implements WebSocket.Listener {

    private volatile Latencies latencies = new Latencies(0);
    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<Void> subscribed = new CompletableFuture<>();

    /** Where the next measurement step records. */
    void recordInto(Latencies step) {
        latencies = step;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            if (frame.startsWith("{\"type\":\"agenda.current\"")) {
                long receivedMicros = micros(Instant.now());
                latencies.record(receivedMicros - micros(Instant.parse(field(frame, "at"))));
            } else if (frame.startsWith("{\"type\":\"sitting.subscribed\"")) {
                subscribed.complete(null);
            } else if (frame.startsWith("{\"type\":\"error\"")) {
                subscribed.completeExceptionally(new IllegalStateException(frame));
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        subscribed.completeExceptionally(error);
    }

    private static String field(String frame, String name) {
        int start = frame.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return frame.substring(start, frame.indexOf('"', start));
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
