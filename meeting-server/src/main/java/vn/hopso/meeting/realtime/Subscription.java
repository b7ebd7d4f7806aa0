package vn.hopso.meeting.realtime;

import java.util.UUID;
import org.springframework.web.socket.TextMessage;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.bus.BusEvent;

/**
 * One connection following one sitting. It remembers the last sequence number it has passed on, so each event reaches
 * the client at most once and in order; its sitting's {@link SittingChannel} makes sure none is skipped.
 */
final class Subscription {

    private final Connection connection;
    private final UUID sittingId;
    private final int lane;
    private volatile Viewer viewer;
    private long lastSeen;

    /** Receives nothing until {@link #resumeAfter} says where its replay ended. */
    Subscription(Connection connection, UUID sittingId, Viewer viewer, int lane) {
        this.connection = connection;
        this.sittingId = sittingId;
        this.viewer = viewer;
        this.lastSeen = Long.MAX_VALUE;
        this.lane = lane;
    }

    Connection connection() {
        return connection;
    }

    UUID sittingId() {
        return sittingId;
    }

    /** The delivery lane this subscription keeps (see {@link SittingFanout}). */
    int lane() {
        return lane;
    }

    /** Takes changed roles into account from the next event on. */
    void viewer(Viewer viewer) {
        this.viewer = viewer;
    }

    Viewer viewer() {
        return viewer;
    }

    /** Everything up to {@code seq} has reached the client (replayed from the log): skip it when it comes live. */
    synchronized void resumeAfter(long seq) {
        lastSeen = seq;
    }

    /** @param message the event's frame, built once for every subscriber */
    synchronized void offer(BusEvent event, TextMessage message) {
        if (event.seq() <= lastSeen) {
            return;
        }
        lastSeen = event.seq();
        if (event.recipients().admits(viewer)) {
            connection.send(message);
        }
    }
}
