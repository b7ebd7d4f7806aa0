package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

/** The accounts connected to a sitting right now, on any node. */
public record PresenceView(UUID sittingId, List<UUID> accountIds) {
}
