package vn.hopso.meeting.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as the client sent it to the trusted reverse proxy: its address, scheme and host. Everything downstream
 * (the login throttle, the Secure flag of the cookies, HSTS, the WebSocket's same-origin check) reads these.
 */
final class ForwardedRequest extends HttpServletRequestWrapper {

    private final String client;
    private final String scheme;
    private final String host;
    private final int port;

    ForwardedRequest(HttpServletRequest request, String client, String scheme, String host, int port) {
        super(request);
        this.client = client;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    @Override
    public String getRemoteAddr() {
        return client;
    }

    @Override
    public String getRemoteHost() {
        return client;
    }

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public boolean isSecure() {
        return "https".equals(scheme);
    }

    @Override
    public String getServerName() {
        return host;
    }

    @Override
    public int getServerPort() {
        return port;
    }

    @Override
    public StringBuffer getRequestURL() {
        boolean defaultPort = (isSecure() && port == 443) || (!isSecure() && port == 80);
        return new StringBuffer(scheme).append("://").append(host).append(defaultPort ? "" : ":" + port)
                .append(getRequestURI());
    }
}
