package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record AuditEntry(long id, Instant at, @Nullable String actorUsername, @Nullable UUID organisationId,
        String action, String targetType, @Nullable UUID targetId, String details) {
}
