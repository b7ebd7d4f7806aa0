package vn.hopso.meeting.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.Me;
import vn.hopso.meeting.api.PasswordChange;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.people.MemberStore;
import vn.hopso.meeting.web.ApiProblem;

/**
 * {@code PUT /api/me/password}: a person changes their own password, proving it with the current one. Their other
 * browser sessions end; this one stays.
 */
@Tag(name = "Login", description = "Login and the logged-in person")
@RestController
class PasswordController {

    private final PasswordCheck check;
    private final PasswordRules rules;
    private final PasswordEncoder passwords;
    private final Accounts accounts;
    private final AccountSessions sessions;
    private final MemberStore members;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PasswordController(PasswordCheck check, PasswordRules rules, PasswordEncoder passwords, Accounts accounts,
            AccountSessions sessions, MemberStore members, AuditLog audit, TransactionTemplate transactions) {
        this.check = check;
        this.rules = rules;
        this.passwords = passwords;
        this.accounts = accounts;
        this.sessions = sessions;
        this.members = members;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The current password is checked (and a wrong one counted) before the change's own transaction begins. */
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password")
    @PutMapping("/api/me/password")
    Me change(Actor actor, @Valid @RequestBody PasswordChange change, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!check.currentPasswordOf(actor, change.currentPassword(), address)) {
            throw ApiProblem.invalid("currentPassword", "Mật khẩu hiện tại không đúng.");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw ApiProblem.refusedField("password_unchanged", "newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        rules.requireAcceptable("newPassword", change.newPassword(), actor.username());
        String hash = passwords.encode(change.newPassword());
        String keptSession = request.getSession().getId();
        transactions.executeWithoutResult(status -> {
            accounts.replacePassword(actor.accountId(), hash);
            audit.recordAccount(actor.accountId(), actor.username(), null, "account.password_change", actor.accountId(),
                    Map.of("address", address));
            sessions.endAll(actor.accountId(), keptSession);
        });
        return members.me(actor.accountId());
    }
}
