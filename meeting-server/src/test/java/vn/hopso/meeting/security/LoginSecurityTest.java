package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.security.SecretariatDesk.body;
import static vn.hopso.meeting.security.SecretariatDesk.unique;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;

/**
 * Logging in and the browser-facing defences: password guessing is throttled per user name, every change needs the
 * CSRF token, the session id changes at login and dies at logout, headers forbid inline scripts and framing, and
 * no error ever shows a stack trace. Runs with the default throttle: after 5 failures a name waits 30 seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginSecurityTest extends ServerTest {

    private static final String BAD_CREDENTIALS = "Sai tên đăng nhập hoặc mật khẩu.";

    private Organisation council;
    private ApiClient secretariat;
    private DatabaseFingerprint fingerprint;

    /** A response with its headers, for what {@link ApiClient} does not show. */
    record RawResponse(int status, String body, HttpResponse<String> http) {
        String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }
    }

    @BeforeAll
    void createCouncil() {
        council = fixtures().council("HĐND thành phố Cảng Biển");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        fingerprint = new DatabaseFingerprint(jdbc);
    }

    // ---- passwords

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameVietnameseRefusal() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        try (ApiClient browser = new ApiClient(port)) {
            for (var response : new ApiClient.Response[] {
                    browser.login(delegate.username(), "sai-mat-khau"),
                    browser.login("khong-co-ai-ten-nay-" + unique(), Fixtures.PASSWORD)}) {
                assertThat(response.status()).isEqualTo(401);
                assertThat(response.body().get("code").asString()).isEqualTo("bad_credentials");
                assertThat(response.body().get("message").asString()).isEqualTo(BAD_CREDENTIALS);
            }
            assertThat(browser.get("/api/me").status()).isEqualTo(401);
        }
    }

    @Test
    void afterFiveFailuresTheUserNameIsLockedEvenWithTheRightPasswordWhileOthersLogIn() {
        TestUser victim = fixtures().member(council, Role.CHAIR);
        TestUser bystander = fixtures().member(council, Role.DELEGATE);
        try (ApiClient attacker = new ApiClient(port); ApiClient browser = new ApiClient(port)) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                var failed = attacker.login(victim.username(), "doan-mo-" + attempt);
                assertThat(failed.status()).as("attempt %d", attempt).isEqualTo(401);
                assertThat(failed.body().get("code").asString()).isEqualTo("bad_credentials");
            }

            for (String name : new String[] {victim.username(), victim.username().toUpperCase(), " " + victim.username()}) {
                var locked = browser.login(name, Fixtures.PASSWORD);
                assertThat(locked.status()).as(name).isEqualTo(429);
                assertThat(locked.body().get("code").asString()).isEqualTo("too_many_attempts");
                assertThat(locked.body().get("message").asString())
                        .matches("Đăng nhập sai quá nhiều lần\\. Vui lòng thử lại sau \\d+ giây\\.");
            }
            assertThat(browser.get("/api/me").status()).isEqualTo(401);
            assertThat(browser.login(bystander.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLockAndASuccessfulLoginStartsTheCountAgain() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        try (ApiClient browser = new ApiClient(port)) {
            for (int round = 0; round < 2; round++) {
                for (int attempt = 1; attempt <= 4; attempt++) {
                    assertThat(browser.login(delegate.username(), "go-nham-" + attempt).status()).isEqualTo(401);
                }
                assertThat(browser.login(delegate.username(), Fixtures.PASSWORD).status()).as("round %d", round)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void unknownUserNamesAreLockedLikeRealOnesSoLockingRevealsNothing() {
        String nobody = "chua-ton-tai-" + unique();
        try (ApiClient browser = new ApiClient(port)) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(browser.login(nobody, "thu-" + attempt).status()).isEqualTo(401);
            }
            assertThat(browser.login(nobody, "thu-6").body().get("code").asString()).isEqualTo("too_many_attempts");
        }
    }

    // ---- CSRF

    @Test
    void aChangeWithoutTheCsrfHeaderIsRefusedAndChangesNothing() {
        Map<String, String> before = fingerprint.take();

        var response = secretariat.postWithoutCsrf("/api/organisations/" + council.id() + "/sessions", sessionForm());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("code").asString()).isEqualTo("csrf");
        assertThat(response.body().get("message").asString())
                .isEqualTo("Phiên làm việc đã hết hạn. Vui lòng tải lại trang và thử lại.");
        assertThat(fingerprint.changedSince(before)).as("tables changed").isEmpty();
    }

    @Test
    void aChangeWithAForgedCsrfTokenIsRefusedAndChangesNothing() {
        Map<String, String> before = fingerprint.take();
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            RawResponse response = raw(secretariat, method, "/api/organisations/" + council.id() + "/sessions",
                    "application/json", ApiClient.json().writeValueAsString(sessionForm()),
                    "X-XSRF-TOKEN", "token-gia-mao");

            assertThat(response.status()).as(method).isEqualTo(403);
            assertThat(ApiClient.json().readTree(response.body()).get("code").asString()).isEqualTo("csrf");
        }
        assertThat(fingerprint.changedSince(before)).as("tables changed").isEmpty();
    }

    @Test
    void loginAndLogoutNeedTheCsrfHeaderToo() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        try (ApiClient browser = new ApiClient(port)) {
            var login = browser.postWithoutCsrf("/api/auth/login",
                    body("username", delegate.username(), "password", Fixtures.PASSWORD));
            assertThat(login.status()).isEqualTo(403);
            assertThat(login.body().get("code").asString()).isEqualTo("csrf");
            assertThat(browser.get("/api/me").status()).isEqualTo(401);

            assertThat(browser.login(delegate.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
            var logout = browser.postWithoutCsrf("/api/auth/logout", Map.of());
            assertThat(logout.status()).isEqualTo(403);
            assertThat(logout.body().get("code").asString()).isEqualTo("csrf");
            assertThat(browser.get("/api/me").status()).as("a forged logout leaves the user logged in").isEqualTo(200);
        }
    }

    // ---- the session

    @Test
    void logoutEndsTheSessionAndItsIdCannotBeReused() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        try (ApiClient browser = login(delegate)) {
            String sessionId = sessionId(browser);

            assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);

            var me = browser.get("/api/me");
            assertThat(me.status()).isEqualTo(401);
            assertThat(me.body().get("code").asString()).isEqualTo("unauthenticated");
            assertThat(withSessionCookie(sessionId, "/api/me").status()).isEqualTo(401);
        }
    }

    @Test
    void theSessionIdChangesAtLoginSoAPlantedIdNeverBecomesAuthenticated() {
        TestUser first = fixtures().member(council, Role.DELEGATE);
        TestUser second = fixtures().member(council, Role.GUEST);
        try (ApiClient browser = new ApiClient(port)) {
            browser.get("/api/me");
            assertThat(sessionId(browser)).as("no session is made before login").isNull();

            assertThat(browser.login(first.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
            String firstSession = sessionId(browser);
            assertThat(firstSession).isNotNull();

            // The first person's session id, planted in the browser the second person logs in with.
            assertThat(browser.login(second.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
            String secondSession = sessionId(browser);
            assertThat(secondSession).isNotNull().isNotEqualTo(firstSession);
            assertThat(withSessionCookie(firstSession, "/api/me").status()).isEqualTo(401);
            assertThat(withSessionCookie(secondSession, "/api/me").body()).contains(second.username());
        }
    }

    // ---- headers and what the API returns

    @ParameterizedTest
    @ValueSource(strings = {"/api/auth/csrf", "/api/me", "/api/khong-co-dia-chi-nay", "/", "/v3/api-docs"})
    void everyResponseForbidsInlineScriptsAndFraming(String path) {
        RawResponse response = raw(null, "GET", path, null, null);

        String policy = response.header("Content-Security-Policy");
        assertThat(policy).isNotNull().contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void markupInANameIsStoredAndReturnedVerbatimAsJsonText() {
        String name = "<img src=x onerror=alert(1)>";
        String title = "\"><script>alert('x')</script>";

        var created = secretariat.post("/api/organisations/" + council.id() + "/members", body(
                "fullName", name, "title", title, "username", "ten-la-" + unique(), "password", "mat-khau-dai-du",
                "role", "DELEGATE", "delegationId", null));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("fullName").asString()).isEqualTo(name);
        assertThat(created.body().get("title").asString()).isEqualTo(title);
        RawResponse list = raw(secretariat, "GET", "/api/organisations/" + council.id() + "/members", null, null);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        assertThat(list.body()).contains("\"fullName\":\"" + name + "\"");
        JsonNode stored = ApiClient.json().readTree(list.body());
        assertThat(stored.findValuesAsString("fullName")).contains(name);
        assertThat(stored.findValuesAsString("title")).contains(title);
    }

    Stream<Arguments> failures() {
        String sessions = "/api/organisations/" + council.id() + "/sessions";
        String json = "application/json";
        return Stream.of(
                failure("malformed JSON", 400, c -> raw(c, "POST", sessions, json, "{\"name\": ", csrf(c))),
                failure("a date that is no date", 400, c -> raw(c, "POST", sessions, json,
                        "{\"name\":\"Kỳ họp\",\"startsOn\":\"mai\",\"endsOn\":\"2026-01-01\"}", csrf(c))),
                failure("an unknown role", 400, c -> raw(c, "POST", "/api/organisations/" + council.id() + "/members",
                        json, "{\"fullName\":\"A\",\"username\":\"abc\",\"password\":\"12345678\",\"role\":\"KING\"}",
                        csrf(c))),
                failure("a body that is not JSON", 415, c -> raw(c, "POST", sessions, "text/plain", "kỳ họp", csrf(c))),
                failure("an id that is no UUID", 400, c -> raw(c, "GET", "/api/sittings/khong-phai-uuid", null, null)),
                failure("an id that does not exist", 404, c -> raw(c, "GET", "/api/sittings/" + UUID.randomUUID(),
                        null, null)),
                failure("an address that does not exist", 404, c -> raw(c, "GET", "/api/khong-co", null, null)),
                failure("a method that is not offered", 405, c -> raw(c, "DELETE", "/api/organisations", json, "",
                        csrf(c))),
                failure("a missing query parameter", 400, c -> raw(c, "GET", "/api/audit", null, null)),
                failure("a forbidden call", 403, c -> raw(c, "POST", "/api/organisations", json,
                        "{\"name\":\"X\",\"kind\":\"COUNCIL\",\"level\":\"PROVINCE\"}", csrf(c))),
                failure("no login", 401, c -> raw(null, "GET", "/api/organisations", null, null)));
    }

    private static Arguments failure(String name, int status, Function<ApiClient, RawResponse> call) {
        return Arguments.of(Named.of(name, call), status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void errorBodiesAreApiErrorsWithoutStackTraces(Function<ApiClient, RawResponse> call, int status) {
        RawResponse response = call.apply(secretariat);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "at vn.hopso", "\tat ", "java.", "org.springframework");
        JsonNode error = ApiClient.json().readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("code").asString()).matches("[a-z_]+");
        assertThat(error.get("message").asString()).isNotBlank();
    }

    // ---- helpers

    private static Map<String, Object> sessionForm() {
        return body("name", "Kỳ họp bất thường " + unique(), "number", 9, "startsOn", "2026-09-01", "endsOn", "2026-09-01");
    }

    private static String sessionId(ApiClient client) {
        return cookie(client, "HOPSO_SESSION");
    }

    private static String cookie(ApiClient client, String name) {
        return Arrays.stream(client.cookieHeader().split(";\\s*"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> pair.substring(name.length() + 1).replace("\"", ""))
                .findFirst().orElse(null);
    }

    private static String[] csrf(ApiClient client) {
        if (cookie(client, "XSRF-TOKEN") == null) {
            client.get("/api/auth/csrf");
        }
        return new String[] {"X-XSRF-TOKEN", cookie(client, "XSRF-TOKEN")};
    }

    private RawResponse withSessionCookie(String sessionId, String path) {
        return send(request(path).header("Cookie", "HOPSO_SESSION=" + sessionId).GET());
    }

    /** A request with the cookies of {@code client} (none when null) and any headers, name and value alternating. */
    private RawResponse raw(ApiClient client, String method, String path, String contentType, String body,
            String... headers) {
        HttpRequest.Builder request = request(path);
        if (client != null && !client.cookieHeader().isEmpty()) {
            request.header("Cookie", client.cookieHeader());
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    private static RawResponse send(HttpRequest.Builder request) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new RawResponse(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
