package vn.hopso.meeting.realtime;

import java.util.UUID;
import org.springframework.web.socket.TextMessage;
import vn.hopso.meeting.access.Audience;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.eventlog.StoredEvent;

/**
 * One connection following one sitting. It remembers the last sequence number it has passed on, so each event reaches
 * the client exactly once and in order: older ones are dropped, and a gap (a missed bus message, or events committed
 * while the client was replaying) is filled from the log before the newer event is sent.
 */
final class Subscription {

    private final Connection connection;
    private final UUID sittingId;
    private volatile Audience clearance;
    private final SittingEventLog log;
    private final int lane;
    private long lastSeen;

    Subscription(Connection connection, UUID sittingId, Audience clearance, long afterSeq, SittingEventLog log, int lane) {
        this.connection = connection;
        this.sittingId = sittingId;
        this.clearance = clearance;
        this.lastSeen = afterSeq;
        this.log = log;
        this.lane = lane;
    }

    /** The delivery lane this subscription keeps (see {@link SittingFanout}). */
    int lane() {
        return lane;
    }

    /** Takes a changed role into account from the next event on. */
    void clearance(Audience clearance) {
        this.clearance = clearance;
    }

    /** Sends every logged event after the client's position; answers the position reached. */
    synchronized long replay() {
        log.after(sittingId, lastSeen).forEach(this::deliver);
        return lastSeen;
    }

    /** @param message the event's frame, built once for every subscriber */
    synchronized void offer(BusEvent event, TextMessage message) {
        if (event.seq() <= lastSeen) {
            return;
        }
        if (event.seq() > lastSeen + 1) {
            log.between(sittingId, lastSeen, event.seq() - 1).forEach(this::deliver);
        }
        deliver(event.seq(), event.audience(), message);
    }

    private void deliver(StoredEvent event) {
        deliver(event.seq(), event.audience(), new TextMessage(event.frame()));
    }

    private void deliver(long seq, Audience audience, TextMessage message) {
        if (seq <= lastSeen) {
            return;
        }
        lastSeen = seq;
        if (audience.admits(clearance)) {
            connection.send(message);
        }
    }
}
