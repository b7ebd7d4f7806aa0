package vn.hopso.voting.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A delegate entitled to vote on one ballot: present when it opened. {@code membershipId} is who they are in the
 * council, {@code accountId} whom a vote arrives from.
 */
public record Elector(UUID membershipId, UUID accountId, String fullName) {

    public Elector {
        Objects.requireNonNull(membershipId, "membershipId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(fullName, "fullName");
    }
}
