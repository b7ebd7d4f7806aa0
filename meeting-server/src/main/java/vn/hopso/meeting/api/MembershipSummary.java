package vn.hopso.meeting.api;

import java.util.UUID;

/** One role of the caller: {@code membershipId} identifies it (for example as the operator of a site). */
public record MembershipSummary(UUID membershipId, UUID organisationId, String organisationName, Role role) {
}
