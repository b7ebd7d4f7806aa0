package vn.hopso.meeting.realtime.protocol;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.UploadStage;

/** What the server sends over the WebSocket: control messages, and the sittings' events. */
public sealed interface ServerMessage permits ServerMessage.Welcome, ServerMessage.Subscribed,
        ServerMessage.CommandAccepted, ServerMessage.ErrorMessage, ServerMessage.Pong, ServerMessage.OrganisationChanged,
        ServerMessage.UploadProgress, MediaMessage, SittingEvent {

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

    /**
     * Something in one of the organisation's lists changed (on any node, by anyone): a screen showing that list loads
     * it again, through the API and its access rules. Sent to every socket of an account that belongs to the
     * organisation; it carries no content. Missed while offline: a screen loads its lists again on reconnecting.
     */
    @Wire("organisation.changed")
    record OrganisationChanged(UUID organisationId, OrganisationList list) implements ServerMessage {
    }

    /**
     * A file this account is uploading moved on: waiting for a free conversion, being converted, or its pages being
     * read ({@code page} of {@code pages}; both 0 before reading). Sent to every socket of the uploader, not replayed:
     * the upload's own answer says how it ended.
     */
    @Wire("upload.progress")
    record UploadProgress(UUID uploadId, UploadStage stage, int page, int pages) implements ServerMessage {
    }

    /** {@code at}: the server's time when it answered, from which a screen measures its own clock's offset. */
    @Wire("heartbeat.pong")
    record Pong(String nonce, Instant at) implements ServerMessage {
    }
}
