package vn.hopso.meeting.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read /actuator/prometheus (login counts, the JVM, the install path): a logged-in system administrator, or a
 * scraper sending {@code Authorization: Bearer <hopso.metrics.token>}.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte @Nullable [] token;

    MetricsAccess(@Nullable String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(bearerMatches(context.getRequest().getHeader("Authorization"))
                || systemAdmin(authentication.get()));
    }

    private boolean bearerMatches(@Nullable String header) {
        return token != null && header != null && header.startsWith("Bearer ")
                && MessageDigest.isEqual(token, header.substring("Bearer ".length()).strip()
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean systemAdmin(@Nullable Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> AccountStatusFilter.SYSTEM_ADMIN.equals(authority.getAuthority()));
    }
}
