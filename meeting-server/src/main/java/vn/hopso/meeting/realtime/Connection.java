package vn.hopso.meeting.realtime;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/** One browser tab's WebSocket: who it is, what it follows, and when it was last heard from. */
final class Connection {

    private static final Logger log = LoggerFactory.getLogger(Connection.class);

    private final WebSocketSession session;
    /** Unique across nodes (container session ids are not), for presence. */
    private final UUID key = UUID.randomUUID();
    private final UUID accountId;
    private final Map<UUID, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Deque<Instant> recentErrors = new ArrayDeque<>();
    private volatile Instant lastHeard;

    /** @param session already safe for concurrent sends (see {@code RealtimeEndpoint}) */
    Connection(WebSocketSession session, UUID accountId, Instant now) {
        this.session = session;
        this.accountId = accountId;
        this.lastHeard = now;
    }

    String id() {
        return session.getId();
    }

    UUID accountId() {
        return accountId;
    }

    UUID key() {
        return key;
    }

    Map<UUID, Subscription> subscriptions() {
        return subscriptions;
    }

    void send(String frame) {
        send(new TextMessage(frame));
    }

    void send(TextMessage message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(message);
        } catch (IOException | RuntimeException e) {
            log.debug("Dropping connection {} after a failed send", id(), e);
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    void ping() {
        try {
            session.sendMessage(new PingMessage());
        } catch (IOException | RuntimeException e) {
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    void heard(Instant now) {
        lastHeard = now;
    }

    boolean silentSince(Instant cutoff) {
        return lastHeard.isBefore(cutoff);
    }

    /** Counts a bad frame; true when the client sent too many in the last minute and should be cut off. */
    synchronized boolean tooManyErrors(Instant now, int maxPerMinute) {
        recentErrors.addLast(now);
        while (!recentErrors.isEmpty() && recentErrors.peekFirst().isBefore(now.minus(Duration.ofMinutes(1)))) {
            recentErrors.removeFirst();
        }
        return recentErrors.size() > maxPerMinute;
    }

    void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing connection {} failed", id(), e);
        }
    }
}
