package vn.hopso.meeting.realtime;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.springframework.web.socket.TextMessage;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.eventlog.StoredEvent;

/**
 * One sitting as this node follows it: the highest sequence number it has handed on, and the subscriptions spread over
 * the delivery lanes. Events reach it from this node's own commits, from other nodes over the bus, and from the
 * heartbeat's look at the log; whatever their order, each goes on once and in sequence. A gap — a bus message lost, a
 * commit whose publication came late or never — is filled from the log once, here, for every subscriber alike.
 */
final class SittingChannel {

    /** Events read from the log in one go when filling a gap. */
    private static final int GAP_PAGE = 500;

    private final UUID sittingId;
    private final List<Set<Subscription>> byLane;
    private final List<ExecutorService> lanes;
    private final SittingEventLog log;
    private final Consumer<Runnable> timed;
    private long delivered;
    /** False until the first subscriber's replay says where the log ended: nothing before that is owed to anyone. */
    private boolean started;

    SittingChannel(UUID sittingId, List<Set<Subscription>> byLane, List<ExecutorService> lanes,
            SittingEventLog log, Consumer<Runnable> timed) {
        this.sittingId = sittingId;
        this.byLane = byLane;
        this.lanes = lanes;
        this.log = log;
        this.timed = timed;
    }

    synchronized void accept(BusEvent event) {
        if (!started || event.seq() <= delivered) {
            return;
        }
        fillUpTo(event.seq() - 1);
        dispatch(event);
    }

    /** Hands on whatever the log holds beyond what was delivered, up to {@code logEnd}. */
    synchronized void catchUp(long logEnd) {
        if (started) {
            fillUpTo(logEnd);
        }
    }

    /**
     * Runs a new subscriber's {@code replay} with nothing dispatched meanwhile, so that it is told it is live before
     * any later event can reach it. The replay answers where the log ended; events up to there that are still on
     * their way are for the other subscribers, and the new one skips them (it has them from the replay).
     */
    synchronized long exclusively(LongSupplier replay) {
        long reached = replay.getAsLong();
        if (!started) {
            started = true;
            delivered = reached;
        }
        return reached;
    }

    void add(Subscription subscription) {
        byLane.get(subscription.lane()).add(subscription);
    }

    void remove(Subscription subscription) {
        byLane.get(subscription.lane()).remove(subscription);
    }

    boolean isEmpty() {
        return byLane.stream().allMatch(Set::isEmpty);
    }

    private void fillUpTo(long seq) {
        while (delivered < seq) {
            List<StoredEvent> missing = log.between(sittingId, delivered, seq, GAP_PAGE);
            if (missing.isEmpty()) {
                // Nothing more is committed yet (the number was taken by a transaction that rolled back, or the log
                // was restored): what arrives next is delivered from where the log really ends.
                return;
            }
            missing.forEach(stored -> dispatch(new BusEvent(sittingId, stored.seq(), stored.recipients(),
                    stored.frame())));
        }
    }

    private void dispatch(BusEvent event) {
        delivered = event.seq();
        TextMessage message = new TextMessage(event.frame());
        for (int lane = 0; lane < lanes.size(); lane++) {
            Set<Subscription> subscriptions = byLane.get(lane);
            if (!subscriptions.isEmpty()) {
                lanes.get(lane).execute(() -> timed.accept(
                        () -> subscriptions.forEach(subscription -> subscription.offer(event, message))));
            }
        }
    }
}
