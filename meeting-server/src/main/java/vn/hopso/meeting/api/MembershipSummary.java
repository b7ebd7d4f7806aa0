package vn.hopso.meeting.api;

import java.util.UUID;

public record MembershipSummary(UUID organisationId, String organisationName, Role role) {
}
