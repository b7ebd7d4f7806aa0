package vn.hopso.meeting.realtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.websocket.Session;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.realtime.protocol.Decoded;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.ErrorMessage;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Welcome;
import vn.hopso.meeting.security.AccountPrincipal;
import vn.hopso.meeting.security.Actors;

/**
 * {@code /ws}: decode → budget → dispatch → answer. A bad frame gets an error frame and changes nothing; the connection
 * stays usable unless the client keeps sending bad frames or more than its budget, which closes it for abuse.
 */
@Component
class RealtimeEndpoint extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(RealtimeEndpoint.class);
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    /** This far beyond {@code max-frame-bytes} a frame still arriving closes the connection (1009). */
    private static final int FLOOD_SLACK_BYTES = 1024;

    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Map<java.util.UUID, Integer> socketsPerAccount = new ConcurrentHashMap<>();
    private final ProtocolCodec codec;
    private final CommandDispatcher dispatcher;
    private final SubscribeHandler subscriptions;
    private final Actors actors;
    private final HopsoProperties.Realtime settings;
    private final Clock clock;
    private final MediaSignalling media;

    RealtimeEndpoint(ProtocolCodec codec, CommandDispatcher dispatcher, SubscribeHandler subscriptions, Actors actors,
            HopsoProperties properties, Clock clock, MeterRegistry metrics, MediaSignalling media) {
        this.media = media;
        Gauge.builder("hopso.realtime.connections", connections, Map::size)
                .description("open WebSocket connections on this node").register(metrics);
        this.codec = codec;
        this.dispatcher = dispatcher;
        this.subscriptions = subscriptions;
        this.actors = actors;
        this.settings = properties.realtime();
        this.clock = clock;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        AccountPrincipal account = principal(session.getPrincipal());
        Actor actor = account == null ? null : actors.load(account.accountId()).orElse(null);
        if (actor == null) {
            session.close(Connection.SESSION_ENDED);
            return;
        }
        if (!claimSocket(actor)) {
            log.info("Refusing one more socket to account {}: it holds {} on this node", actor.accountId(),
                    settings.maxSocketsPerAccount());
            session.close(Connection.TOO_MANY);
            return;
        }
        Session container = ((NativeWebSocketSession) session).getNativeSession(Session.class);
        container.getAsyncRemote().setSendTimeout(settings.sendTimeout().toMillis());
        // A close frame (and a ping) to a client that does not read waits at most this long, not Tomcat's 20 s.
        container.getUserProperties().put(BLOCKING_SEND_TIMEOUT, settings.sendTimeout().toMillis());
        String browserSession = (String) session.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        Connection connection = new Connection(session, container.getAsyncRemote(), actor.accountId(), browserSession,
                new FrameBudget(settings.framesPerSecond(), settings.frameBurst(), clock.instant()),
                new FrameAssembly(settings.maxFrameBytes(), settings.maxFrameBytes() + FLOOD_SLACK_BYTES),
                settings.maxQueuedBytes(), clock.instant());
        connection.belongsAs(actor);
        connections.put(session.getId(), connection);
        connection.send(codec.encode(new Welcome(actor.accountId(), actor.fullName())));
    }

    /** Counts one more socket for the account, unless it already holds as many as it may on this node. */
    private boolean claimSocket(Actor actor) {
        boolean[] claimed = new boolean[1];
        socketsPerAccount.compute(actor.accountId(), (account, held) -> {
            int count = held == null ? 0 : held;
            claimed[0] = count < settings.maxSocketsPerAccount();
            return claimed[0] ? count + 1 : held;
        });
        return claimed[0];
    }

    private void releaseSocket(java.util.UUID accountId) {
        socketsPerAccount.computeIfPresent(accountId, (account, held) -> held <= 1 ? null : held - 1);
    }

    /** A frame larger than the container's buffer arrives in pieces, put together by {@link FrameAssembly}. */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        connection.heard(clock.instant());
        switch (connection.assembly().add(message.getPayload(), message.isLast())) {
            case FrameAssembly.Outcome.Incomplete incomplete -> {
            }
            case FrameAssembly.Outcome.Flooding flooding -> {
                log.warn("Closing connection {} of account {}: a frame far above {} bytes", connection.id(),
                        connection.accountId(), settings.maxFrameBytes());
                connection.close(CloseStatus.TOO_BIG_TO_PROCESS);
            }
            case FrameAssembly.Outcome.TooLarge tooLarge -> {
                if (withinBudget(connection)) {
                    refuse(connection, null, "frame_too_large",
                            "Tin nhắn quá lớn (tối đa " + settings.maxFrameBytes() + " byte).");
                }
            }
            case FrameAssembly.Outcome.Whole whole -> {
                if (withinBudget(connection)) {
                    decodeAndRun(connection, whole.text());
                }
            }
        }
    }

    private boolean withinBudget(Connection connection) {
        if (connection.budget().take(clock.instant())) {
            return true;
        }
        refuse(connection, null, "rate_limited", "Gửi yêu cầu quá nhanh. Vui lòng chờ một lát.");
        return false;
    }

    private void decodeAndRun(Connection connection, String frame) {
        switch (codec.decode(frame)) {
            case Decoded.Rejected rejected -> refuse(connection, rejected.ref(), rejected.code(), rejected.message());
            case Decoded.Command command -> run(connection, command);
        }
    }

    private void run(Connection connection, Decoded.Command command) {
        try {
            dispatcher.dispatch(connection, command);
        } catch (Refused refused) {
            var refusal = refused.refusal();
            if (refusal.kind() == vn.hopso.meeting.domain.Refusal.Kind.CONFLICT) {
                connection.send(codec.encode(ErrorMessage.of(command.ref(), refusal.code(), refusal.message())));
            } else {
                refuse(connection, command.ref(), refusal.code(), refusal.message());
            }
        } catch (RuntimeException e) {
            log.error("Command {} failed on connection {}", command.command(), connection.id(), e);
            connection.send(codec.encode(ErrorMessage.of(command.ref(), "internal",
                    "Máy chủ gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại.")));
        }
    }

    /** Answers a bad or forbidden command; a client that keeps at it is disconnected. */
    private void refuse(Connection connection, String ref, String code, String text) {
        connection.send(codec.encode(ErrorMessage.of(ref, code, text)));
        if (connection.tooManyErrors(clock.instant(), settings.maxErrorsPerMinute())) {
            log.warn("Closing connection {} of account {}: too many refused frames", connection.id(),
                    connection.accountId());
            connection.close(CloseStatus.POLICY_VIOLATION.withReason("too many bad frames"));
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        Connection connection = connections.get(session.getId());
        if (connection != null) {
            connection.heard(clock.instant());
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connections.remove(session.getId());
        if (connection != null) {
            releaseSocket(connection.accountId());
            subscriptions.dropAll(connection);
            media.closed(new SocketPeer(connection, codec));
        }
    }

    Iterable<Connection> connections() {
        return connections.values();
    }

    private static AccountPrincipal principal(Principal principal) {
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AccountPrincipal account) {
            return account;
        }
        return null;
    }
}
