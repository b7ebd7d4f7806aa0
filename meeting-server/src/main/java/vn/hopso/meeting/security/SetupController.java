package vn.hopso.meeting.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.api.Me;
import vn.hopso.meeting.api.SetupForm;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.people.MemberStore;
import vn.hopso.meeting.web.ApiProblem;

/**
 * {@code POST /api/setup}: the first system administrator, with the one-time token of {@link FirstAdministrator}. The
 * token is the credential, so the call needs no session and no CSRF token. Everything happens in one transaction: a
 * refused password or user name gives the token back.
 */
@Tag(name = "Login", description = "Login and the logged-in person")
@RestController
class SetupController {

    private final FirstAdministrator firstAdministrator;
    private final MemberStore members;
    private final PasswordRules rules;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    SetupController(FirstAdministrator firstAdministrator, MemberStore members, PasswordRules rules,
            PasswordEncoder passwords, AuditLog audit) {
        this.firstAdministrator = firstAdministrator;
        this.members = members;
        this.rules = rules;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Operation(operationId = "setUp", summary = "Create the first system administrator with the one-time setup token")
    @SecurityRequirements // the one-time token is the credential: no session, no CSRF token
    @PostMapping("/api/setup")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Me setup(@Valid @RequestBody SetupForm form) {
        if (!firstAdministrator.consume(form.token()) || members.anySystemAdmin()) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "setup_token_invalid",
                    "Mã thiết lập không đúng hoặc đã được dùng. Mã mới được in ra khi khởi động lại máy chủ, "
                            + "chừng nào chưa có quản trị hệ thống.");
        }
        if (members.usernameTaken(form.username(), null)) {
            throw ApiProblem.invalid("username", "Tên đăng nhập này đã có người dùng.");
        }
        rules.requireAcceptable("password", form.password(), form.username());
        UUID accountId = members.createSystemAdmin(form.fullName(), form.username(), passwords.encode(form.password()));
        audit.recordAccount(accountId, form.username(), null, "setup.first_admin", accountId,
                Map.of("fullName", form.fullName().trim()));
        return members.me(accountId);
    }
}
