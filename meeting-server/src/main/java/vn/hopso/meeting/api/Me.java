package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

/** @param mustChangePassword the account may do nothing but change its password (and log out) until it does */
public record Me(UUID accountId, String username, String fullName, boolean systemAdmin, boolean mustChangePassword,
        List<MembershipSummary> memberships) {
}
