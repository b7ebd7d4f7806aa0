package vn.hopso.meeting.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.Delegation;
import vn.hopso.meeting.api.DelegationForm;
import vn.hopso.meeting.api.Member;
import vn.hopso.meeting.api.MemberForm;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.bus.Notices;
import vn.hopso.meeting.domain.Versions;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.security.AccountSessions;
import vn.hopso.meeting.security.PasswordRules;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** Members (people with a role) and delegations of an organisation. */
@Tag(name = "Members", description = "People with a role in an organisation, and delegations (tổ đại biểu)")
@RestController
@RequestMapping("/api")
class MemberController {

    private final MemberStore members;
    private final DelegationStore delegations;
    private final OrganisationStore organisations;
    private final PasswordEncoder passwords;
    private final PasswordRules passwordRules;
    private final AccountSessions sessions;
    private final AuditLog audit;
    private final Notices notices;

    MemberController(MemberStore members, DelegationStore delegations, OrganisationStore organisations,
            PasswordEncoder passwords, PasswordRules passwordRules, AccountSessions sessions, AuditLog audit,
            Notices notices) {
        this.notices = notices;
        this.members = members;
        this.delegations = delegations;
        this.organisations = organisations;
        this.passwords = passwords;
        this.passwordRules = passwordRules;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Operation(operationId = "listMembers", summary = "List the members of an organisation")
    @GetMapping("/organisations/{organisationId}/members")
    List<Member> list(Actor actor, @PathVariable UUID organisationId) {
        Guard.require(actor, Permission.VIEW, organisationId);
        requireExisting(organisationId);
        List<Member> all = members.inOrganisation(organisationId);
        if (actor.may(Permission.MANAGE_MEMBERS, organisationId)) {
            return all;
        }
        return all.stream().map(m -> new Member(m.membershipId(), m.personId(), m.fullName(), m.title(), m.role(),
                m.delegationId(), m.delegationName(), null, m.version(), m.mandateFrom(), m.mandateUntil(), m.siteId(),
                m.siteName())).toList();
    }

    @Operation(operationId = "createMember", summary = "Add a person with an account and a role")
    @PostMapping("/organisations/{organisationId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Member create(Actor actor, @PathVariable UUID organisationId, @Valid @RequestBody MemberForm form) {
        Guard.require(actor, Permission.MANAGE_MEMBERS, organisationId);
        requireExisting(organisationId);
        requireMayAppoint(actor, organisationId, form.role());
        if (form.password() == null) {
            throw ApiProblem.invalid("password", "password_needed", "Cần đặt mật khẩu cho tài khoản mới.");
        }
        if (members.usernameTaken(form.username(), null)) {
            throw ApiProblem.invalid("username", "username_taken", "Tên đăng nhập này đã có người dùng.");
        }
        checkForm(organisationId, form);
        passwordRules.requireAcceptable("password", form.password(), form.username());
        Member created = members.create(organisationId, form, passwords.encode(form.password()));
        // The secretariat knows this password: the person replaces it at their first login.
        members.requirePasswordChange(created.personId());
        audit.record(actor, organisationId, "member.create", "membership", created.membershipId(),
                Map.of("fullName", created.fullName(), "role", created.role().name(), "username", form.username()));
        notices.changed(organisationId, OrganisationList.MEMBERS);
        return created;
    }

    @Operation(operationId = "updateMember", summary = "Change a member: name, title, role, delegation, login")
    @PutMapping("/members/{membershipId}")
    @Transactional
    Member update(Actor actor, @PathVariable UUID membershipId, @Valid @RequestBody MemberForm form) {
        Member existing = members.find(membershipId).orElseThrow(() -> ApiProblem.notFound("thành viên"));
        UUID organisationId = members.organisationOf(membershipId).orElseThrow();
        Guard.require(actor, Permission.MANAGE_MEMBERS, organisationId);
        requireMayAppoint(actor, organisationId, existing.role());
        requireMayAppoint(actor, organisationId, form.role());
        Versions.require(existing.version(), form.version());
        boolean loginChanged = form.password() != null || !form.username().equals(existing.username());
        boolean personChanged = !form.fullName().trim().equals(existing.fullName())
                || !Objects.equals(blankToNull(form.title()), existing.title());
        if ((loginChanged || personChanged) && !mayChangePerson(actor, existing.personId())) {
            throw ApiProblem.forbidden();
        }
        if (members.usernameTaken(form.username(), existing.personId())) {
            throw ApiProblem.invalid("username", "username_taken", "Tên đăng nhập này đã có người dùng.");
        }
        if (members.holds(organisationId, existing.personId(), form.role(), membershipId)) {
            throw ApiProblem.invalid("role", "role_held", "Người này đã có vai trò này.");
        }
        checkForm(organisationId, form);
        if (form.password() != null) {
            passwordRules.requireAcceptable("password", form.password(), form.username());
        }
        String hash = form.password() == null ? null : passwords.encode(form.password());
        Member updated = members.update(membershipId, existing.personId(), existing.version(), form, hash);
        notices.rolesChangedOf(existing.personId());
        audit.record(actor, organisationId, "member.update", "membership", membershipId,
                Map.of("fullName", updated.fullName(), "role", updated.role().name(), "passwordChanged", hash != null));
        notices.changed(organisationId, OrganisationList.MEMBERS);
        if (hash != null) {
            resetPassword(actor, organisationId, existing.personId());
        }
        return updated;
    }

    /**
     * Whoever set the new password knows it: the person chooses their own at the next login, and every session that
     * was open with the old one ends.
     */
    private void resetPassword(Actor actor, UUID organisationId, UUID personId) {
        UUID accountId = members.accountOf(personId).orElseThrow();
        members.requirePasswordChange(personId);
        audit.recordAccount(actor.accountId(), actor.username(), organisationId, "account.password_reset", accountId,
                Map.of("resetBy", actor.username()));
        sessions.endAll(accountId, null);
    }

    @Operation(operationId = "deleteMember", summary = "Remove a role from a person")
    @DeleteMapping("/members/{membershipId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(Actor actor, @PathVariable UUID membershipId) {
        Member existing = members.find(membershipId).orElseThrow(() -> ApiProblem.notFound("thành viên"));
        UUID organisationId = members.organisationOf(membershipId).orElseThrow();
        Guard.require(actor, Permission.MANAGE_MEMBERS, organisationId);
        requireMayAppoint(actor, organisationId, existing.role());
        members.delete(membershipId);
        notices.rolesChangedOf(existing.personId());
        audit.record(actor, organisationId, "member.delete", "membership", membershipId,
                Map.of("fullName", existing.fullName(), "role", existing.role().name()));
        notices.changed(organisationId, OrganisationList.MEMBERS);
    }

    @Operation(operationId = "listDelegations", summary = "List the delegations of an organisation")
    @GetMapping("/organisations/{organisationId}/delegations")
    List<Delegation> delegations(Actor actor, @PathVariable UUID organisationId) {
        Guard.require(actor, Permission.VIEW, organisationId);
        requireExisting(organisationId);
        return delegations.inOrganisation(organisationId);
    }

    @Operation(operationId = "createDelegation", summary = "Create a delegation")
    @PostMapping("/organisations/{organisationId}/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Delegation createDelegation(Actor actor, @PathVariable UUID organisationId, @Valid @RequestBody DelegationForm form) {
        Guard.require(actor, Permission.MANAGE_MEMBERS, organisationId);
        requireExisting(organisationId);
        if (delegations.nameTaken(organisationId, form.name())) {
            throw ApiProblem.invalid("name", "delegation_name_taken", "Đã có tổ mang tên này.");
        }
        Delegation created = delegations.create(organisationId, form.name());
        audit.record(actor, organisationId, "delegation.create", "delegation", created.id(), Map.of("name", created.name()));
        notices.changed(organisationId, OrganisationList.DELEGATIONS);
        return created;
    }

    /**
     * The administrator role carries rights the secretariat does not have (editing the organisation), so only an
     * administrator may give it, change it or take it away.
     */
    private static void requireMayAppoint(Actor actor, UUID organisationId, Role role) {
        if (role == Role.ADMIN) {
            Guard.require(actor, Permission.MANAGE_ORGANISATION, organisationId);
        }
    }

    /**
     * One person and one account serve all of a person's roles: whoever resets the password or user name could act in
     * every organisation the person belongs to, and a new name or title shows in all of them. So only someone who
     * manages members in all of them (or a system administrator) may change those; a role stays each council's own.
     */
    private boolean mayChangePerson(Actor actor, UUID personId) {
        return actor.systemAdmin() || (!members.systemAdmin(personId) && members.organisationsOfPerson(personId)
                .stream().allMatch(organisationId -> actor.may(Permission.MANAGE_MEMBERS, organisationId)));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Checked after the permission, so that only those who may see an organisation learn whether an id exists. */
    private void requireExisting(UUID organisationId) {
        organisations.find(organisationId).orElseThrow(() -> ApiProblem.notFound("tổ chức"));
    }

    private void checkForm(UUID organisationId, MemberForm form) {
        if (form.mandateFrom() != null && form.mandateUntil() != null
                && form.mandateUntil().isBefore(form.mandateFrom())) {
            throw ApiProblem.invalid("mandateUntil", "Nhiệm kỳ phải kết thúc sau ngày bắt đầu.");
        }
        if (form.delegationId() != null
                && !delegations.organisationOf(form.delegationId()).map(organisationId::equals).orElse(false)) {
            throw ApiProblem.invalid("delegationId", "delegation_not_in_organisation",
                    "Tổ đại biểu không thuộc tổ chức này.");
        }
        if (form.siteId() != null && !members.siteIn(organisationId, form.siteId())) {
            throw ApiProblem.invalid("siteId", "site_not_in_organisation", "Điểm cầu không thuộc tổ chức này.");
        }
    }
}
