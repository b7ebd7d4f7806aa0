package vn.hopso.meeting.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hopso.meeting.login.domain.TrustedProxies;

/**
 * Believes X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host and X-Forwarded-Port only from the configured trusted
 * proxies ({@code hopso.trusted-proxies}); from anyone else they are ignored (and the first time, logged), so no client
 * can claim another address for the login throttle, or HTTPS. Runs before every other filter.
 */
final class ForwardedHeadersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ForwardedHeadersFilter.class);

    private final TrustedProxies proxies;
    private final AtomicBoolean warned = new AtomicBoolean();

    ForwardedHeadersFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String remote = request.getRemoteAddr();
        boolean forwarded = request.getHeader("X-Forwarded-For") != null || request.getHeader("X-Forwarded-Proto") != null
                || request.getHeader("X-Forwarded-Host") != null;
        if (!forwarded || !proxies.trusts(remote)) {
            if (forwarded && warned.compareAndSet(false, true)) {
                log.warn("Ignoring X-Forwarded-* headers from {}, which is not in hopso.trusted-proxies "
                        + "(logged once): behind a reverse proxy, list its address there", remote);
            }
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.client(remote, Collections.list(request.getHeaders("X-Forwarded-For")));
        String scheme = last(request.getHeader("X-Forwarded-Proto"), request.getScheme()).toLowerCase(Locale.ROOT);
        String hostHeader = last(request.getHeader("X-Forwarded-Host"), null);
        String host = request.getServerName();
        int port = "https".equals(scheme) ? 443 : 80;
        if (hostHeader != null) {
            int colon = hostHeader.lastIndexOf(':');
            boolean hasPort = colon > hostHeader.lastIndexOf(']') && colon > 0;
            host = hasPort ? hostHeader.substring(0, colon) : hostHeader;
            port = hasPort ? parsePort(hostHeader.substring(colon + 1), port) : port;
        } else if (request.getHeader("X-Forwarded-Proto") == null) {
            port = request.getServerPort();
        }
        String forwardedPort = last(request.getHeader("X-Forwarded-Port"), null);
        if (forwardedPort != null) {
            port = parsePort(forwardedPort, port);
        }
        chain.doFilter(new ForwardedRequest(request, client, scheme, host, port), response);
    }

    /** The right-most of a comma-separated header: what the nearest (trusted) proxy wrote. */
    private static String last(String header, String otherwise) {
        if (header == null || header.isBlank()) {
            return otherwise;
        }
        List<String> values = List.of(header.split(","));
        return values.getLast().strip();
    }

    private static int parsePort(String text, int otherwise) {
        try {
            int port = Integer.parseInt(text.strip());
            return port > 0 && port < 65536 ? port : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
