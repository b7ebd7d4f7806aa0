package vn.hopso.meeting.sitting.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Phiên họp, as stored. {@code closed} is a closed sitting (họp kín); {@code lastSeq} its event log position;
 * {@code version} counts edits of its details, for refusing a stale edit.
 */
public record Sitting(UUID id, UUID sessionId, UUID organisationId, String title, Instant startsAt,
        @Nullable Instant endsAt, @Nullable String place, boolean closed, Phase phase, @Nullable UUID currentItemId,
        @Nullable Instant agendaPublishedAt, long lastSeq, long version) {

    public enum Phase {
        PLANNED,
        IN_PROGRESS,
        ENDED
    }

    public Sitting withPhase(Phase newPhase, @Nullable UUID current) {
        return new Sitting(id, sessionId, organisationId, title, startsAt, endsAt, place, closed, newPhase, current,
                agendaPublishedAt, lastSeq, version);
    }
}
