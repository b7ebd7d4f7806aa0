package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;

/**
 * Behind a TLS-terminating reverse proxy at 127.0.0.1, listed in hopso.trusted-proxies: its X-Forwarded-* headers
 * make the cookies Secure and bring HSTS, the login throttle counts the real client address, and the WebSocket's
 * same-origin check compares with the public host. The same headers from another address (127.0.0.2) change nothing.
 */
// A server with settings of its own: closed after this class, so it holds no connections while the others run.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ForwardedHeadersTest extends ServerTest {

    private static final String[] THROUGH_THE_PROXY = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "hop.hdnd.vn"};

    @DynamicPropertySource
    static void proxy(DynamicPropertyRegistry registry) {
        registry.add("hopso.trusted-proxies", () -> "127.0.0.1/32, ::1");
        registry.add("hopso.login.address-max-failures", () -> "20");
    }

    @Test
    void overHttpsThroughTheProxyTheSessionCookieIsSecureAndHstsIsSent() {
        TestUser delegate = fixtures().member(fixtures().council("HĐND tỉnh Sau Proxy"), Role.DELEGATE);
        try (LoginProbe browser = new LoginProbe(port, "127.0.0.1")) {
            LoginProbe.Answer login = browser.login(delegate.username(), Fixtures.PASSWORD, headers("203.0.113.10"));

            assertThat(login.status()).isEqualTo(200);
            assertThat(sessionCookie(login)).contains("Secure", "HttpOnly", "SameSite=Strict");
            assertThat(login.http().headers().firstValue("Strict-Transport-Security")).isPresent();
        }
    }

    @Test
    void theThrottleCountsTheClientBehindTheProxyNotTheProxy() {
        TestUser chair = fixtures().member(fixtures().council("HĐND tỉnh Hai Máy"), Role.CHAIR);
        try (LoginProbe proxy = new LoginProbe(port, "127.0.0.1")) {
            IntStream.range(0, 5).forEach(i -> proxy.login(chair.username(), "sai-" + i, headers("203.0.113.66")));

            assertThat(proxy.login(chair.username(), Fixtures.PASSWORD, headers("203.0.113.66")).status()).isEqualTo(429);
            assertThat(proxy.login(chair.username(), Fixtures.PASSWORD, headers("203.0.113.20")).status())
                    .as("the chair's own laptop, behind the same proxy").isEqualTo(200);
        }
        assertThat(jdbc.sql("select throttle_key from login_throttle where throttle_key like 'address:%' and failures > 0")
                .query(String.class).list()).contains("address:203.0.113.66").doesNotContain("address:127.0.0.1");
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNoTrustedProxyAreIgnored() {
        TestUser delegate = fixtures().member(fixtures().council("HĐND tỉnh Giả Mạo"), Role.DELEGATE);
        try (LoginProbe impostor = new LoginProbe(port, "127.0.0.2")) {
            LoginProbe.Answer login = impostor.login(delegate.username(), "sai-mat-khau", headers("203.0.113.99"));
            assertThat(login.status()).isEqualTo(401);
            LoginProbe.Answer right = impostor.login(delegate.username(), Fixtures.PASSWORD, headers("203.0.113.99"));
            assertThat(sessionCookie(right)).doesNotContain("Secure");
            assertThat(right.http().headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key like '%203.0.113.99'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = 'address:127.0.0.2'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theWebSocketIsSameOriginWithThePublicHostBehindTheProxy() throws Exception {
        TestUser delegate = fixtures().member(fixtures().council("HĐND tỉnh Kết Nối"), Role.DELEGATE);
        try (ApiClient browser = login(delegate)) {
            WebSocket socket = browser.webSocket().header("Origin", "https://hop.hdnd.vn")
                    .header(THROUGH_THE_PROXY[0], THROUGH_THE_PROXY[1]).header(THROUGH_THE_PROXY[2], THROUGH_THE_PROXY[3])
                    .buildAsync(browser.webSocketUri(), new WebSocket.Listener() { }).join();
            socket.abort();

            for (String origin : List.of("https://evil.example", "http://hop.hdnd.vn")) {
                Throwable refused = catchThrowable(() -> browser.webSocket().header("Origin", origin)
                        .header(THROUGH_THE_PROXY[0], THROUGH_THE_PROXY[1])
                        .header(THROUGH_THE_PROXY[2], THROUGH_THE_PROXY[3])
                        .buildAsync(browser.webSocketUri(), new WebSocket.Listener() { }).join());
                assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).as(origin)
                        .isEqualTo(403);
            }
        }
    }

    private static String[] headers(String client) {
        return new String[] {THROUGH_THE_PROXY[0], THROUGH_THE_PROXY[1], THROUGH_THE_PROXY[2], THROUGH_THE_PROXY[3],
            "X-Forwarded-For", "198.51.100.1, " + client};
    }

    private static String sessionCookie(LoginProbe.Answer answer) {
        return answer.http().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("HOPSO_SESSION="))
                .findFirst().orElseThrow();
    }
}
