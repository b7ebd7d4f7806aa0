package vn.hopso.meeting.access;

import java.util.Set;
import java.util.UUID;
import vn.hopso.meeting.api.Role;

/**
 * Someone an event, a record or a live stream may be shown to, as seen from one organisation: their account, how much
 * they may see there and the roles they hold there.
 */
public record Viewer(UUID accountId, Clearance clearance, Set<Role> roles) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
