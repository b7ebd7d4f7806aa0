package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Phiên họp. {@code closed} is a closed sitting (họp kín); {@code lastSeq} is its event log position. */
public record Sitting(UUID id, UUID sessionId, UUID organisationId, String title, Instant startsAt,
        @Nullable Instant endsAt, @Nullable String place, boolean closed, SittingState state,
        @Nullable UUID currentItemId, @Nullable Instant agendaPublishedAt, long lastSeq) {
}
