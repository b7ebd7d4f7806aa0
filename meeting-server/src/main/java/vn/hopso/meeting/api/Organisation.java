package vn.hopso.meeting.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record Organisation(UUID id, String name, OrganisationKind kind, String level, @Nullable UUID parentId,
        long version) {
}
