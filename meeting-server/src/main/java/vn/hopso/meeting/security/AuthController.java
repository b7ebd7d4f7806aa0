package vn.hopso.meeting.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.CsrfToken;
import vn.hopso.meeting.api.LoginRequest;
import vn.hopso.meeting.api.Me;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.people.MemberStore;
import vn.hopso.meeting.web.ApiProblem;

/**
 * Login (throttled, audited), the CSRF token for the web app, and who am I. Logout is handled by the security filter
 * chain. A refused login answers 429 or 503 with Retry-After ({@link LoginRefusals}).
 */
@RestController
@RequestMapping("/api")
class AuthController {

    private final PasswordCheck check;
    private final MemberStore members;
    private final AuditLog audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AuthController(PasswordCheck check, MemberStore members, AuditLog audit) {
        this.check = check;
        this.members = members;
        this.audit = audit;
    }

    @GetMapping("/auth/csrf")
    CsrfToken csrf(org.springframework.security.web.csrf.CsrfToken token) {
        return new CsrfToken(token.getHeaderName(), token.getToken());
    }

    @PostMapping("/auth/login")
    Me login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
        String address = request.getRemoteAddr();
        AccountPrincipal principal = check.login(login.username(), login.password(), address).orElseThrow(() ->
                ApiProblem.of(HttpStatus.UNAUTHORIZED, "bad_credentials", "Sai tên đăng nhập hoặc mật khẩu."));
        audit.recordAccount(principal.accountId(), principal.username(), null, "login.success", principal.accountId(),
                Map.of("address", address));
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return members.me(principal.accountId());
    }

    @GetMapping("/me")
    Me me(Actor actor) {
        return members.me(actor.accountId());
    }

}
