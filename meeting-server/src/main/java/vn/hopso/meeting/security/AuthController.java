package vn.hopso.meeting.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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
import vn.hopso.meeting.people.MemberStore;
import vn.hopso.meeting.web.ApiProblem;

/** Login, the CSRF token for the web app, and who am I. Logout is handled by the security filter chain. */
@Tag(name = "Login", description = "Login and the logged-in person")
@RestController
@RequestMapping("/api")
class AuthController {

    private final AccountAuthenticator authenticator;
    private final LoginThrottle throttle;
    private final MemberStore members;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AuthController(AccountAuthenticator authenticator, LoginThrottle throttle, MemberStore members) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.members = members;
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
        throttle.lockedFor(login.username(), request.getRemoteAddr()).ifPresent(wait -> {
            throw ApiProblem.of(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts",
                    "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + minutes(wait) + " phút.");
        });
        Authentication authentication;
        try {
            authentication = authenticator.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password()));
        } catch (AuthenticationException e) {
            throttle.failed(login.username(), request.getRemoteAddr());
            throw ApiProblem.of(HttpStatus.UNAUTHORIZED, "bad_credentials", "Sai tên đăng nhập hoặc mật khẩu.");
        }
        throttle.succeeded(login.username(), request.getRemoteAddr());
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        return members.me(principal.accountId());
    }

    @Operation(operationId = "getMe", summary = "Who is logged in, with their roles")
    @GetMapping("/me")
    Me me(Actor actor) {
        return members.me(actor.accountId());
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
