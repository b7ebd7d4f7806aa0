package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;

/**
 * Anonymous callers leave nothing behind: no session row (with a saved request and its headers) is written for a
 * request that is refused, a page that is served or a failed login. Sessions begin at login, and the CSRF token that
 * the login needs lives in a cookie, not in a session.
 */
class AnonymousRequestsTest extends ServerTest {

    @Test
    void aBatchOfAnonymousRequestsLeavesTheSessionTableUnchanged() {
        int before = sessions();
        try (ApiClient anonymous = new ApiClient(port); HttpClient http = HttpClient.newHttpClient()) {
            for (int round = 0; round < 3; round++) {
                for (String path : new String[] {"/api/me", "/api/organisations", "/api/audit?organisationId=x",
                        "/actuator/env", "/actuator/prometheus", "/actuator/health", "/actuator/info", "/ws",
                        "/api/auth/csrf", "/", "/v3/api-docs", "/khong-co"}) {
                    anonymous.get(path);
                }
                assertThat(anonymous.post("/api/organisations", Map.of("name", "x")).status()).isEqualTo(401);
                assertThat(anonymous.login("khong-co-ai", "sai-mat-khau-" + round).status()).isEqualTo(401);
                catchThrowable(() -> http.newWebSocketBuilder().buildAsync(anonymous.webSocketUri(),
                        new WebSocket.Listener() { }).join());
            }
            assertThat(anonymous.cookieHeader()).doesNotContain("HOPSO_SESSION").contains("XSRF-TOKEN");
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theCsrfTokenFromTheCookieStillGuardsTheLoginAndASessionBeginsThere() {
        Organisation council = fixtures().council("HĐND xã Không Phiên");
        Fixtures.TestUser delegate = fixtures().member(council, Role.DELEGATE);
        int before = sessions();
        try (ApiClient browser = new ApiClient(port)) {
            assertThat(browser.postWithoutCsrf("/api/auth/login", Map.of("username", delegate.username(),
                    "password", Fixtures.PASSWORD)).status()).isEqualTo(403);
            assertThat(sessions()).isEqualTo(before);

            assertThat(browser.login(delegate.username(), Fixtures.PASSWORD).status()).isEqualTo(200);

            assertThat(sessions()).isEqualTo(before + 1);
            assertThat(browser.get("/api/me").status()).isEqualTo(200);
        }
    }

    private int sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
    }
}
