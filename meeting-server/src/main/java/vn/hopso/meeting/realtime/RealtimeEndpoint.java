package vn.hopso.meeting.realtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.realtime.protocol.Decoded;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.ErrorMessage;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Welcome;
import vn.hopso.meeting.security.AccountPrincipal;
import vn.hopso.meeting.security.Actors;
import vn.hopso.meeting.sitting.domain.Refusal;
import vn.hopso.meeting.web.ApiProblem;

/**
 * {@code /ws}: decode → dispatch → answer. A bad frame gets an error frame and changes nothing; the connection stays
 * usable unless the client keeps sending bad frames, which closes it for abuse.
 */
@Component
class RealtimeEndpoint extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(RealtimeEndpoint.class);
    /** Beyond this a client that does not read is cut off rather than held in memory. */
    private static final int SEND_BUFFER_BYTES = 512 * 1024;
    private static final int SEND_TIME_LIMIT_MS = 10_000;

    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final ProtocolCodec codec;
    private final CommandDispatcher dispatcher;
    private final SubscribeHandler subscriptions;
    private final Actors actors;
    private final HopsoProperties.Realtime settings;
    private final Clock clock;

    RealtimeEndpoint(ProtocolCodec codec, CommandDispatcher dispatcher, SubscribeHandler subscriptions, Actors actors,
            HopsoProperties properties, Clock clock, MeterRegistry metrics) {
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
        var account = principal(session.getPrincipal());
        var actor = account == null ? null : actors.load(account.accountId()).orElse(null);
        if (actor == null) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("not logged in"));
            return;
        }
        var safe = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_BYTES);
        Connection connection = new Connection(safe, actor.accountId(), clock.instant());
        connections.put(session.getId(), connection);
        connection.send(codec.encode(new Welcome(actor.accountId(), actor.fullName())));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        connection.heard(clock.instant());
        if (message.getPayloadLength() > settings.maxFrameBytes()) {
            refuse(connection, null, "frame_too_large", "Tin nhắn quá lớn (tối đa " + settings.maxFrameBytes() + " byte).");
            return;
        }
        switch (codec.decode(message.getPayload())) {
            case Decoded.Rejected rejected -> refuse(connection, rejected.ref(), rejected.code(), rejected.message());
            case Decoded.Command command -> run(connection, command);
        }
    }

    private void run(Connection connection, Decoded.Command command) {
        try {
            dispatcher.dispatch(connection, command.command(), command.ref());
        } catch (ApiProblem problem) {
            refuse(connection, command.ref(), problem.code(), problem.getMessage());
        } catch (Refusal refusal) {
            connection.send(codec.encode(new ErrorMessage(command.ref(), refusal.code(), refusal.getMessage())));
        } catch (RuntimeException e) {
            log.error("Command {} failed on connection {}", command.command(), connection.id(), e);
            connection.send(codec.encode(new ErrorMessage(command.ref(), "internal",
                    "Máy chủ gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại.")));
        }
    }

    /** Answers a bad or forbidden command; a client that keeps at it is disconnected. */
    private void refuse(Connection connection, String ref, String code, String text) {
        connection.send(codec.encode(new ErrorMessage(ref, code, text)));
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
            subscriptions.dropAll(connection);
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
