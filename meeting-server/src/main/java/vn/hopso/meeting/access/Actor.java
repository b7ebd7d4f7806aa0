package vn.hopso.meeting.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.hopso.meeting.api.Role;

/** The person behind a request, with their roles per organisation as read at the start of the request. */
public record Actor(UUID accountId, String username, String fullName, boolean systemAdmin,
        Map<UUID, Set<Role>> roles) {

    public Actor {
        roles = Map.copyOf(roles);
    }

    /**
     * The server acting on its own (a release time come, readings to tell, a countdown run out): it holds no account
     * and belongs to no council; {@code fullName} says which of its tasks acts, in the audit and the log.
     */
    public static Actor system(String fullName) {
        return new Actor(new UUID(0, 0), "he-thong", fullName, true, Map.of());
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

    /** Every permission this actor holds in the organisation: what the web client offers them. */
    public Set<Permission> permissionsIn(UUID organisationId) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (may(permission, organisationId)) {
                held.add(permission);
            }
        }
        return held;
    }

    /** How this actor is seen by the organisation's events and records; empty when they may not view it at all. */
    public Optional<Viewer> viewerIn(UUID organisationId) {
        if (!may(Permission.VIEW, organisationId)) {
            return Optional.empty();
        }
        Clearance clearance = may(Permission.VIEW_DRAFTS, organisationId) ? Clearance.STAFF
                : may(Permission.VIEW_CLOSED, organisationId) ? Clearance.MEMBER : Clearance.PUBLIC;
        return Optional.of(new Viewer(accountId, clearance, rolesIn(organisationId)));
    }
}
