package vn.hopso.meeting.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An Origin header no browser sends ({@code http://a:b:c}) is refused with 403 before anything reads it: the
 * WebSocket's same-origin check would otherwise fail on it with a 500.
 */
final class WellFormedOriginFilter extends OncePerRequestFilter {

    private final JsonErrors errors;

    WellFormedOriginFilter(JsonErrors errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null") && !wellFormed(origin)) {
            errors.write(response, HttpStatus.FORBIDDEN, "bad_origin", "Yêu cầu có nguồn gốc (Origin) không hợp lệ.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Parsed the way Spring's same-origin check parses it, with a scheme and a host. */
    private static boolean wellFormed(String origin) {
        try {
            var parsed = UriComponentsBuilder.fromUriString(origin).build();
            parsed.getPort();
            return parsed.getScheme() != null && parsed.getHost() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
