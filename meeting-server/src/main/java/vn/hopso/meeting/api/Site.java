package vn.hopso.meeting.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Điểm cầu: a place that joins a sitting or briefing. */
public record Site(UUID id, UUID organisationId, String name, String level, @Nullable UUID parentId, SiteKind kind,
        @Nullable UUID operatorMembershipId, @Nullable String operatorName, long version) {
}
