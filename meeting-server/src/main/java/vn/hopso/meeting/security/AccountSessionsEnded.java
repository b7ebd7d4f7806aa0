package vn.hopso.meeting.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The browser sessions of an account were ended (its password was changed or reset), published after the change
 * committed. Sessions in PostgreSQL are already gone; listeners end what they hold for the account, such as its
 * WebSocket connections, except those of {@code keptSessionId}.
 *
 * @param keptSessionId the HTTP session that stays valid (the one that changed its own password), or null for none
 */
public record AccountSessionsEnded(UUID accountId, @Nullable String keptSessionId) {
}
