package vn.hopso.meeting.web;

import java.util.Arrays;
import java.util.UUID;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;

/** The one way a controller checks a permission: refused before anything is read or changed. */
public final class Guard {

    private Guard() {
    }

    public static void require(Actor actor, Permission permission, UUID organisationId) {
        if (!actor.may(permission, organisationId)) {
            throw ApiProblem.forbidden();
        }
    }

    /** Refused unless the actor has at least one of the permissions there. */
    public static void requireAny(Actor actor, UUID organisationId, Permission first, Permission... others) {
        if (!actor.may(first, organisationId) && Arrays.stream(others).noneMatch(p -> actor.may(p, organisationId))) {
            throw ApiProblem.forbidden();
        }
    }
}
