package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Phiên họp, as the caller may see it. {@code closed} is a closed sitting (họp kín); {@code lastSeq} is its event log
 * position. {@code currentItemId} names the item under discussion only when the caller may see that item; when they
 * may not, it is null and {@code currentItemClosed} is true (their screens show "Họp kín"). {@code nextItemId} is the
 * item {@code agenda.next} would move to (when the caller may see it). {@code version} is sent back
 * with an edit, so that a stale one is refused.
 */
public record Sitting(UUID id, UUID sessionId, UUID organisationId, String title, Instant startsAt,
        @Nullable Instant endsAt, @Nullable String place, boolean closed, SittingState state,
        @Nullable UUID currentItemId, boolean currentItemClosed, @Nullable UUID nextItemId,
        @Nullable Instant agendaPublishedAt, long lastSeq,
        long version) {
}
