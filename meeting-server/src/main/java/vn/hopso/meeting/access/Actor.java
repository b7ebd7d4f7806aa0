package vn.hopso.meeting.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hopso.meeting.api.Role;

/** The person behind a request, with their roles per organisation as read at the start of the request. */
public record Actor(UUID accountId, String username, String fullName, boolean systemAdmin,
        Map<UUID, Set<Role>> roles) {

    public Actor {
        roles = Map.copyOf(roles);
    }

    public Set<Role> rolesIn(UUID organisationId) {
        return roles.getOrDefault(organisationId, Set.of());
    }

    public boolean belongsTo(UUID organisationId) {
        return systemAdmin || !rolesIn(organisationId).isEmpty();
    }

    public boolean may(Permission permission, UUID organisationId) {
        return systemAdmin || permission.grantedTo(rolesIn(organisationId));
    }

    /** The widest audience whose events this actor may see in the organisation. */
    public Audience clearanceIn(UUID organisationId) {
        if (may(Permission.VIEW_DRAFTS, organisationId)) {
            return Audience.STAFF;
        }
        if (may(Permission.VIEW_CLOSED, organisationId)) {
            return Audience.MEMBERS;
        }
        return Audience.EVERYONE;
    }
}
