package vn.hopso.meeting.security;

import java.io.Serializable;
import java.util.UUID;

/** What the HTTP session remembers of a login: the account, nothing that could go stale (roles are read per request). */
public record AccountPrincipal(UUID accountId, String username) implements Serializable {
}
