package vn.hopso.meeting.realtime.protocol;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the server sends over the WebSocket: control messages, and the sittings' events. */
public sealed interface ServerMessage permits ServerMessage.Welcome, ServerMessage.Subscribed,
        ServerMessage.CommandAccepted, ServerMessage.ErrorMessage, ServerMessage.Pong, SittingEvent {

    @Wire("session.welcome")
    record Welcome(UUID accountId, String fullName) implements ServerMessage {
    }

    /** Sent once the missed events have been replayed; live events follow. */
    @Wire("sitting.subscribed")
    record Subscribed(UUID sittingId, long lastSeq) implements ServerMessage {
    }

    @Wire("command.accepted")
    record CommandAccepted(@Nullable String ref) implements ServerMessage {
    }

    /** A refused or unreadable command; nothing was changed. {@code message} is Vietnamese, ready to show. */
    @Wire("error")
    record ErrorMessage(@Nullable String ref, String code, String message) implements ServerMessage {
    }

    @Wire("heartbeat.pong")
    record Pong(String nonce) implements ServerMessage {
    }
}
