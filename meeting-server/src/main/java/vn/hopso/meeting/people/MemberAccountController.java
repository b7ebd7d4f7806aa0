package vn.hopso.meeting.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.Member;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.security.AccountSessions;
import vn.hopso.meeting.security.LoginLocks;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** What the people who manage an organisation may do to a member's account, besides editing the member. */
@Tag(name = "Members", description = "People with a role in an organisation, and delegations (tổ đại biểu)")
@RestController
@RequestMapping("/api")
class MemberAccountController {

    private final MemberStore members;
    private final LoginLocks locks;
    private final AuditLog audit;
    private final AccountSessions sessions;

    MemberAccountController(MemberStore members, LoginLocks locks, AuditLog audit, AccountSessions sessions) {
        this.members = members;
        this.locks = locks;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * The secretariat lifts the wait that wrong passwords (typed by anyone, anywhere) put on a member's user name, so
     * that the chair is not kept out of a sitting.
     */
    @Operation(operationId = "unlockLogin", summary = "Lift the wait on a member's failed logins")
    @PostMapping("/members/{membershipId}/login-unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void unlock(Actor actor, @PathVariable UUID membershipId) {
        Member existing = members.find(membershipId).orElseThrow(() -> ApiProblem.notFound("thành viên"));
        UUID organisationId = members.organisationOf(membershipId).orElseThrow();
        Guard.require(actor, Permission.MANAGE_MEMBERS, organisationId);
        int addresses = locks.lift(existing.username());
        audit.recordAccount(actor.accountId(), actor.username(), organisationId, "account.login_unlock",
                members.accountOf(existing.personId()).orElseThrow(), Map.of("addresses", addresses));
    }

    /**
     * An administrator of the organisation asks the person to choose a new password at their next login (a password
     * that may have been seen, say); until then the account may do nothing else. Whoever knew the old password may
     * already hold a session with it, so every session of the account ends, and its sockets with them. Only a system
     * administrator may ask this of a system administrator.
     */
    @Operation(operationId = "requirePasswordChange", summary = "Make a member choose a new password at next login")
    @PostMapping("/members/{membershipId}/require-password-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void requirePasswordChange(Actor actor, @PathVariable UUID membershipId) {
        Member existing = members.find(membershipId).orElseThrow(() -> ApiProblem.notFound("thành viên"));
        UUID organisationId = members.organisationOf(membershipId).orElseThrow();
        Guard.require(actor, Permission.MANAGE_ORGANISATION, organisationId);
        if (members.systemAdmin(existing.personId()) && !actor.systemAdmin()) {
            throw ApiProblem.forbidden();
        }
        UUID accountId = members.accountOf(existing.personId()).orElseThrow();
        members.requirePasswordChange(existing.personId());
        audit.recordAccount(actor.accountId(), actor.username(), organisationId, "account.password_change_required",
                accountId, Map.of("requiredBy", actor.username()));
        sessions.endAll(accountId, null);
    }
}
