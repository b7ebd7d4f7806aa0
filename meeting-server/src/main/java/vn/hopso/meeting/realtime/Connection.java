package vn.hopso.meeting.realtime;

import jakarta.websocket.RemoteEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import vn.hopso.meeting.access.Actor;

/** One browser tab's WebSocket: who it is, which browser session it rides on, what it follows, when it was heard. */
final class Connection {

    /** The browser session behind this socket ended (logout, expiry, password change): log in again. */
    static final CloseStatus SESSION_ENDED = new CloseStatus(4401, "session ended");
    /** The client did not read what it was sent; it resumes from its last sequence number. */
    static final CloseStatus TOO_SLOW = new CloseStatus(4408, "too slow");
    /** The account already holds as many sockets as it may on this node. */
    static final CloseStatus TOO_MANY = new CloseStatus(4429, "too many connections");

    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    private static final java.util.concurrent.Executor CLOSING = java.util.concurrent.Executors.newCachedThreadPool(
            Thread.ofPlatform().name("ws-close-", 0).daemon().factory());

    private final WebSocketSession session;
    /** Unique across nodes (container session ids are not), for presence. */
    private final UUID key = UUID.randomUUID();
    private final UUID accountId;
    private final @Nullable String browserSession;
    private final Map<UUID, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Deque<Instant> recentErrors = new ArrayDeque<>();
    private final FrameBudget budget;
    private final FrameAssembly assembly;
    private final Outbox outbox;
    private volatile Instant lastHeard;
    /** The organisations the account belongs to (all of them for a system administrator), as last loaded. */
    private volatile Predicate<UUID> belongsTo = organisation -> false;

    Connection(WebSocketSession session, RemoteEndpoint.Async remote, UUID accountId, @Nullable String browserSession,
            FrameBudget budget, FrameAssembly assembly, int maxQueuedChars, Instant now) {
        this.session = session;
        this.assembly = assembly;
        this.accountId = accountId;
        this.browserSession = browserSession;
        this.budget = budget;
        this.lastHeard = now;
        this.outbox = new Outbox(remote, maxQueuedChars, why -> {
            log.info("Closing connection {} of account {}: {}", session.getId(), accountId, why);
            close(TOO_SLOW);
        });
    }

    String id() {
        return session.getId();
    }

    /** Takes the account's memberships as now loaded: which organisations' changes this socket hears of. */
    void belongsAs(Actor actor) {
        belongsTo = actor::belongsTo;
    }

    boolean belongsTo(UUID organisationId) {
        return belongsTo.test(organisationId);
    }

    UUID accountId() {
        return accountId;
    }

    /** The id of the browser session (cookie) this socket was opened with. */
    @Nullable String browserSession() {
        return browserSession;
    }

    UUID key() {
        return key;
    }

    Map<UUID, Subscription> subscriptions() {
        return subscriptions;
    }

    FrameBudget budget() {
        return budget;
    }

    /** The client frame arriving in pieces, if one is. */
    FrameAssembly assembly() {
        return assembly;
    }

    /** Queues a frame; never blocks. */
    void send(String frame) {
        if (session.isOpen()) {
            outbox.offer(frame);
        }
    }

    void send(TextMessage message) {
        send(message.getPayload());
    }

    void ping() {
        if (session.isOpen()) {
            outbox.pingIfIdle();
        }
    }

    /** Closes once the frames queued so far are on their way: a last word (say, why) reaches the client first. */
    void closeAfterQueued(CloseStatus status) {
        outbox.then(() -> close(status));
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

    /**
     * Closes the socket on a thread of its own: sending the close frame blocks while the client does not read (up to
     * the container's blocking send timeout, which {@link RealtimeEndpoint} shortens), and whoever asked (a fan-out
     * lane, the heartbeat) must not wait for that. Platform threads, because a blocked close must not hold a carrier
     * that every other close shares.
     */
    void close(CloseStatus status) {
        CLOSING.execute(() -> {
            try {
                session.close(status);
            } catch (IOException | RuntimeException e) {
                log.debug("Closing connection {} failed", id(), e);
            }
        });
    }
}
