package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

public record Me(UUID accountId, String username, String fullName, boolean systemAdmin,
        List<MembershipSummary> memberships) {
}
