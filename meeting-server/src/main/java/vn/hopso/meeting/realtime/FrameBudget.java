package vn.hopso.meeting.realtime;

import java.time.Duration;
import java.time.Instant;

/**
 * How many frames a client may still send: {@code burst} at once, refilled at {@code perSecond}. Every frame kind
 * counts, pings and subscriptions included, so no kind of frame can be used to flood the server.
 */
final class FrameBudget {

    private final double perNano;
    private final int burst;
    private double tokens;
    private Instant refilledAt;

    FrameBudget(int perSecond, int burst, Instant now) {
        this.perNano = perSecond / (double) Duration.ofSeconds(1).toNanos();
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes one frame's worth; false if the client is over its budget. */
    synchronized boolean take(Instant now) {
        return take(now, 1);
    }

    /** Takes {@code cost} frames' worth at once (a replay is paid for by the frames it sends). */
    synchronized boolean take(Instant now, int cost) {
        if (now.isAfter(refilledAt)) {
            tokens = Math.min(burst, tokens + Duration.between(refilledAt, now).toNanos() * perNano);
            refilledAt = now;
        }
        if (tokens < cost) {
            return false;
        }
        tokens -= cost;
        return true;
    }
}
