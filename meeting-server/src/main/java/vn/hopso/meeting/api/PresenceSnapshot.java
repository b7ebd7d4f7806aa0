package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who was present at {@code takenAt}, and the quorum line then; stored, so a ballot can count against it. */
public record PresenceSnapshot(UUID id, Instant takenAt, int present, int totalElected, int required, boolean quorate,
        List<UUID> presentMembershipIds) {
}
