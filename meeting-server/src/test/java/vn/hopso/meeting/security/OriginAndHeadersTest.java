package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;

/**
 * With no trusted proxy (the default), forwarded headers change nothing; a malformed Origin or path is refused with a
 * reason, not a 500.
 */
class OriginAndHeadersTest extends ServerTest {

    @Test
    void aWebSocketHandshakeWithAMalformedOriginIsRefusedWith403() {
        try (ApiClient browser = login(fixtures().member(fixtures().council("HĐND xã Gốc Lạ"), Role.DELEGATE))) {
            for (String origin : new String[] {"http://a:b:c", "http://[bad", "https://evil.example"}) {
                Throwable refused = catchThrowable(() -> browser.webSocket().header("Origin", origin)
                        .buildAsync(browser.webSocketUri(), new WebSocket.Listener() { }).join());
                assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).as(origin)
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void forwardedHeadersAreIgnoredWhenNoProxyIsTrusted() {
        Fixtures.TestUser delegate = fixtures().member(fixtures().council("HĐND xã Không Proxy"), Role.DELEGATE);
        try (LoginProbe browser = new LoginProbe(port, "127.0.0.1")) {
            LoginProbe.Answer login = browser.login(delegate.username(), Fixtures.PASSWORD, "X-Forwarded-Proto", "https",
                    "X-Forwarded-For", "203.0.113.5");
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.http().headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
            assertThat(login.http().headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(login.http().headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("connect-src 'self';").doesNotContain("ws:", "wss:");
        }
    }

    @Test
    void aPathTheFirewallRefusesAnswersAnApiErrorWithAReason() {
        try (ApiClient browser = login(fixtures().member(fixtures().council("HĐND xã Đường Lạ"), Role.DELEGATE))) {
            for (String path : new String[] {"/api//organisations", "/api/sittings//view", "/api/me;x=1"}) {
                ApiClient.Response refused = browser.get(path);
                assertThat(refused.status()).as(path).isEqualTo(400);
                assertThat(refused.body().get("code").asString()).as(path).isEqualTo("malformed_path");
                assertThat(refused.body().get("message").asString()).as(path).isEqualTo("Địa chỉ yêu cầu không hợp lệ.");
            }
        }
    }
}
