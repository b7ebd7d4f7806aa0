package vn.hopso.meeting.presence;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who is connected to a sitting right now, across every node. Each connection announces itself until
 * {@code expiresAt} and renews that with the heartbeat, so a node that dies takes its entries with it once they
 * expire. Short-lived by nature: losing it loses no record (attendance proper goes to the event log).
 */
public interface Presence {

    /** Announces (or renews) one connection of an account to a sitting. */
    void here(UUID sittingId, UUID connectionId, UUID accountId, Instant expiresAt);

    void gone(UUID sittingId, UUID connectionId, UUID accountId);

    /** The accounts with at least one live connection to the sitting at {@code now}. */
    Set<UUID> present(UUID sittingId, Instant now);
}
