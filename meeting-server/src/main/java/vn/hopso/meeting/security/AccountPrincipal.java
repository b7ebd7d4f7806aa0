package vn.hopso.meeting.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * What the HTTP session remembers of a login: the account, nothing that could go stale (roles are read per request).
 * Its name is the account id, which Spring Session indexes, so that all sessions of an account can be found and ended
 * (a changed password) even after the user name changed.
 */
public record AccountPrincipal(UUID accountId, String username) implements Principal, Serializable {

    @Override
    public String getName() {
        return accountId.toString();
    }
}
