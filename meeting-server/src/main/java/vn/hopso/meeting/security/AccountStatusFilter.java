package vn.hopso.meeting.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per request of a logged-in account, from the database rather than the session: a system administrator gets the
 * authority {@value #SYSTEM_ADMIN} (which the metrics and health details ask for), and an account that must change its
 * password may only see who it is, change the password and log out; any other API, WebSocket or actuator call answers
 * 403 {@code password_change_required}.
 */
final class AccountStatusFilter extends OncePerRequestFilter {

    static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";

    /** What an account may call while it must change its password (method and path). */
    private static final Set<String> WHILE_PASSWORD_MUST_CHANGE = Set.of("GET /api/me", "PUT /api/me/password",
            "POST /api/auth/logout", "GET /api/auth/csrf");

    private final Accounts accounts;
    private final JsonErrors errors;

    AccountStatusFilter(Accounts accounts, JsonErrors errors) {
        this.accounts = accounts;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account) {
            var status = accounts.status(account.accountId()).orElse(null);
            if (status != null && status.mustChangePassword() && guarded(request)
                    && !WHILE_PASSWORD_MUST_CHANGE.contains(request.getMethod() + " " + path(request))) {
                errors.write(response, HttpStatus.FORBIDDEN, "password_change_required",
                        "Bạn cần đổi mật khẩu trước khi tiếp tục.");
                return;
            }
            if (status != null && status.systemAdmin()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                        List.of(new SimpleGrantedAuthority(SYSTEM_ADMIN))));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** The API, the WebSocket and the actuator, but its public health answer; pages and assets stay public. */
    private static boolean guarded(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.equals("/ws") || path.startsWith("/ws/")
                || (path.startsWith("/actuator/") && !path.equals("/actuator/health"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
