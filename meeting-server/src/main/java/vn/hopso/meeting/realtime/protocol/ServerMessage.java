package vn.hopso.meeting.realtime.protocol;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the server sends over the WebSocket: control messages, and the sittings' events. */
public sealed interface ServerMessage permits ServerMessage.Welcome, ServerMessage.Subscribed,
        ServerMessage.CommandAccepted, ServerMessage.ErrorMessage, ServerMessage.Pong, SittingEvent {

    @Wire("session.welcome")
    record Welcome(UUID accountId, String fullName) implements ServerMessage {
    }

    /**
     * Sent once the missed events have been replayed; live events follow, and none before it. {@code reload}: the
     * client was too far behind (or ahead of a restored log) to be sent what it missed: it reloads its snapshot, which
     * is at {@code lastSeq} or later.
     */
    @Wire("sitting.subscribed")
    record Subscribed(UUID sittingId, long lastSeq, boolean reload) implements ServerMessage {
    }

    /** {@code repeated}: a command with this {@code commandId} had already been carried out; it was not run again. */
    @Wire("command.accepted")
    record CommandAccepted(@Nullable String ref, boolean repeated) implements ServerMessage {
    }

    /**
     * A refused or unreadable command; nothing was changed. {@code code} is stable, for the client to translate;
     * {@code message} is Vietnamese, ready to show. {@code sittingId} names the sitting when the error is about one
     * (an {@code access_revoked} without a ref: the screen removes that sitting's content).
     */
    @Wire("error")
    record ErrorMessage(@Nullable String ref, String code, String message, @Nullable UUID sittingId)
            implements ServerMessage {

        public static ErrorMessage of(@Nullable String ref, String code, String message) {
            return new ErrorMessage(ref, code, message, null);
        }
    }

    @Wire("heartbeat.pong")
    record Pong(String nonce) implements ServerMessage {
    }
}
