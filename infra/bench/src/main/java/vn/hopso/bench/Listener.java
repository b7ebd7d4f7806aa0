package vn.hopso.bench;

import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One simulated tab following one sitting: for every event of the sitting it records how long after the event's commit
 * time ({@code at}, the server's clock, which is this machine's) the frame arrived, which sequence numbers it saw and
 * when the latest event of each type came; answers to the commands sent on its socket go to {@link Commands}.
 */
final class Listener implements Consumer<String> {

    private static final String EVENT_SEQ = "\"seq\":";
    private static final String EVENT_AT = "\"at\":\"";

    private volatile Function<String, Latencies> latencies = type -> new Latencies();
    private volatile Consumer<String> alsoTo = frame -> { };
    private final Commands commands;
    final CompletableFuture<Void> subscribed = new CompletableFuture<>();
    private final Map<String, BitSet> seen = new HashMap<>();
    private final Map<String, Long> lastArrivalNanos = new HashMap<>();
    private long highest;
    private int outOfOrder;

    /** A tab that sends no commands of its own. */
    Listener() {
        this(null);
    }

    Listener(Commands commands) {
        this.commands = commands;
    }

    /** Where the next measurement records. */
    void recordInto(Latencies step) {
        latencies = type -> step;
    }

    /** Where the next measurement records the events of each type. */
    void recordByType(Function<String, Latencies> ofType) {
        latencies = ofType;
    }

    /** Who else reads every frame that arrives: what a benchmark keeps of the screen beyond sequence and timing. */
    Listener alsoTo(Consumer<String> reader) {
        alsoTo = reader;
        return this;
    }

    @Override
    public void accept(String frame) {
        alsoTo.accept(frame);
        String type = field(frame, 0, "\"type\":\"");
        int seqAt = frame.lastIndexOf(EVENT_SEQ);
        if (seqAt >= 0 && frame.lastIndexOf(EVENT_AT) > seqAt) {
            long arrived = System.nanoTime();
            latencies.apply(type).record(micros(Instant.now()) - micros(Instant.parse(field(frame, seqAt, EVENT_AT))));
            event(type, Long.parseLong(frame.substring(seqAt + EVENT_SEQ.length(), frame.indexOf(',', seqAt))),
                    arrived);
        } else if (type.equals("sitting.subscribed")) {
            subscribed.complete(null);
        } else if (type.equals("command.accepted") && commands != null) {
            commands.accepted(ref(frame));
        } else if (type.equals("error")) {
            String ref = ref(frame);
            if (ref != null && commands != null) {
                commands.refused(ref, frame);
            } else {
                subscribed.completeExceptionally(new IllegalStateException(frame));
            }
        }
    }

    private synchronized void event(String type, long seq, long arrivedNanos) {
        if (seq <= highest) {
            outOfOrder++;
        }
        highest = Math.max(highest, seq);
        seen.computeIfAbsent(type, t -> new BitSet()).set(Math.toIntExact(seq));
        lastArrivalNanos.put(type, arrivedNanos);
    }

    /** The sequence numbers of the events that arrived. */
    synchronized BitSet seen() {
        BitSet all = new BitSet();
        seen.values().forEach(all::or);
        return all;
    }

    /** Events that arrived with a sequence number not above one already seen: repeated or out of order. */
    synchronized int outOfOrder() {
        return outOfOrder;
    }

    synchronized int received(String type) {
        BitSet ofType = seen.get(type);
        return ofType == null ? 0 : ofType.cardinality();
    }

    /** {@link System#nanoTime()} when the latest event of the type arrived; 0 when none did. */
    synchronized long lastArrivalNanos(String type) {
        return lastArrivalNanos.getOrDefault(type, 0L);
    }

    private static String ref(String frame) {
        return frame.contains("\"ref\":\"") ? field(frame, 0, "\"ref\":\"") : null;
    }

    private static String field(String frame, int from, String opening) {
        int start = frame.indexOf(opening, from) + opening.length();
        return frame.substring(start, frame.indexOf('"', start));
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
