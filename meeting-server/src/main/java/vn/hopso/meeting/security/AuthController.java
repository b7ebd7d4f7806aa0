package vn.hopso.meeting.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Login", description = "Login and the logged-in person")
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

    @Operation(operationId = "getCsrfToken", summary = "Get the CSRF token that changes send as X-XSRF-TOKEN")
    @SecurityRequirements // open to anyone: a browser asks for it before logging in
    @GetMapping("/auth/csrf")
    CsrfToken csrf(org.springframework.security.web.csrf.CsrfToken token) {
        return new CsrfToken(token.getHeaderName(), token.getToken());
    }

    @Operation(operationId = "login", summary = "Log in with a user name and password")
    @SecurityRequirement(name = "csrf") // no session yet, but the CSRF token like every POST
    @ApiResponse(responseCode = "200", description = "Logged in; the answer says who the caller is")
    @ApiResponse(responseCode = "401", description = "Wrong user name or password (code bad_credentials)")
    @ApiResponse(responseCode = "429", description = "Too many failed logins for this name from this address "
            + "(code too_many_attempts); the message says how long to wait")
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

    @Operation(operationId = "getMe", summary = "Who is logged in, with their roles")
    @GetMapping("/me")
    Me me(Actor actor) {
        return members.me(actor.accountId());
    }

}
