package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.hopso.meeting.security.SecretariatDesk.body;
import static vn.hopso.meeting.security.SecretariatDesk.unique;

import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;

/**
 * Passwords over their life: a person changes their own (their other sessions end), the policy refuses weak and
 * over-long ones with a code and a Vietnamese message, and a password set by someone else (a new account, a reset by
 * the secretariat, or a change an administrator asked for) must be replaced at the next login before anything else.
 */
class PasswordChangeTest extends ServerTest {

    private static final String NEW_PASSWORD = "Sông Hương về chiều";

    @Autowired
    private ConfigurableApplicationContext context;

    private final List<AccountSessionsEnded> ended = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<AccountSessionsEnded>> listener =
            event -> ended.add(event.getPayload());

    private Organisation council;
    private ApiClient secretariat;

    @BeforeEach
    void createCouncil() {
        council = fixtures().council("HĐND huyện Mật Khẩu " + unique());
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
    }

    @Test
    void aPersonChangesTheirPasswordAndTheirOtherSessionsEndButThisOne() {
        TestUser chair = fixtures().member(council, Role.CHAIR);
        ApiClient laptop = login(chair);
        ApiClient tablet = login(chair);

        var changed = laptop.put("/api/me/password", change(Fixtures.PASSWORD, NEW_PASSWORD));

        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().get("mustChangePassword").asBoolean()).isFalse();
        assertThat(laptop.get("/api/me").status()).isEqualTo(200);
        assertThat(tablet.get("/api/me").status()).as("the other session ended").isEqualTo(401);
        assertThat(canLogIn(chair.username(), Fixtures.PASSWORD)).isFalse();
        assertThat(canLogIn(chair.username(), NEW_PASSWORD)).isTrue();
        UUID account = UUID.fromString(changed.body().get("accountId").asString());
        assertThat(ended).extracting(AccountSessionsEnded::accountId).containsExactly(account);
        assertThat(ended.getFirst().keptSessionId()).isNotNull();
        assertThat(audit("account.password_change", account)).containsExactly(chair.username());
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient browser = login(delegate);

        var wrong = browser.put("/api/me/password", change("khong-phai-mat-khau", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("fields").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(wrong.body().get("fields").get(0).get("message").asString()).isEqualTo("Mật khẩu hiện tại không đúng.");

        for (String[] weak : new String[][] {{"ngan", "password_too_short"}, {"Password2026!", "password_too_common"},
                {"0000000000", "password_too_simple"}, {delegate.username() + "-123", "password_contains_username"},
                {Fixtures.PASSWORD, "password_unchanged"}}) {
            var refused = browser.put("/api/me/password", change(Fixtures.PASSWORD, weak[0]));
            assertThat(refused.status()).as(weak[0]).isEqualTo(400);
            assertThat(refused.body().get("code").asString()).isEqualTo(weak[1]);
            assertThat(refused.body().get("fields").get(0).get("field").asString()).isEqualTo("newPassword");
        }
        assertThat(canLogIn(delegate.username(), Fixtures.PASSWORD)).isTrue();
        assertThat(ended).isEmpty();
    }

    @Test
    void guessingTheCurrentPasswordWithAStolenSessionIsThrottledLikeALogin() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient stolen = login(delegate);
        for (int guess = 0; guess < 5; guess++) {
            assertThat(stolen.put("/api/me/password", change("doan-" + guess, NEW_PASSWORD)).status()).isEqualTo(400);
        }

        var refused = stolen.put("/api/me/password", change(Fixtures.PASSWORD, NEW_PASSWORD));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().get("code").asString()).isEqualTo("too_many_attempts");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'login.failure' and actor_username = ?")
                .param(delegate.username()).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aPasswordLongerThanBcryptsSeventyTwoBytesIsRefusedInVietnameseNotWithA500() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        String tooLong = "Đường lên đỉnh núi cao vời vợi, mây trắng bay ngang qua những rặng thông";
        assertThat(tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(tooLong.length()).isLessThan(80);

        var own = login(delegate).put("/api/me/password", change(Fixtures.PASSWORD, tooLong));
        var set = secretariat.post("/api/organisations/" + council.id() + "/members", memberForm("dai-" + unique(), tooLong));

        for (var refused : new ApiClient.Response[] {own, set}) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.body().get("code").asString()).isEqualTo("password_too_long");
            assertThat(refused.body().get("message").asString()).contains("tối đa 72 byte");
        }
        assertThat(login(delegate).login(delegate.username(), tooLong).status()).isEqualTo(401);
    }

    @Test
    void aPasswordResetByTheSecretariatIsAuditedAndMustBeReplacedBeforeAnythingElse() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient before = login(delegate);
        String reset = "Mật khẩu tạm thời số " + unique();

        var response = secretariat.put("/api/members/" + delegate.membershipId(), body("fullName", "Nguyễn Văn Quên",
                "title", null, "username", delegate.username(), "password", reset, "role", "DELEGATE",
                "delegationId", null, "version", fixtures().memberVersion(delegate.membershipId())));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(before.get("/api/me").status()).as("sessions with the old password end").isEqualTo(401);
        UUID account = accountOf(delegate);
        assertThat(audit("account.password_reset", account)).containsExactly(secretariatName());
        assertThat(ended).extracting(AccountSessionsEnded::accountId).containsExactly(account);
        assertMustChangeThenMayWorkAgain(delegate, reset);
    }

    @Test
    void anAccountCreatedWithAPasswordTheSecretariatChoseMustReplaceIt() {
        String username = "moi-" + unique();
        var created = secretariat.post("/api/organisations/" + council.id() + "/members",
                memberForm(username, "Mật khẩu ban đầu 2026"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);

        assertMustChangeThenMayWorkAgain(new TestUser(username, null, null), "Mật khẩu ban đầu 2026");
    }

    @Test
    void anAdministratorMayRequireAChangeAtTheNextLoginTheSecretariatMayNot() {
        TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient admin = login(fixtures().member(council, Role.ADMIN));
        String path = "/api/members/" + delegate.membershipId() + "/require-password-change";

        assertThat(secretariat.post(path, Map.of()).status()).isEqualTo(403);
        assertThat(admin.post(path, Map.of()).status()).isEqualTo(204);

        assertThat(audit("account.password_change_required", accountOf(delegate))).hasSize(1);
        assertMustChangeThenMayWorkAgain(delegate, Fixtures.PASSWORD);
    }

    @Test
    void changingThePasswordNeedsALogin() {
        try (ApiClient anonymous = new ApiClient(port)) {
            var response = anonymous.put("/api/me/password", change(Fixtures.PASSWORD, NEW_PASSWORD));
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body().get("code").asString()).isEqualTo("unauthenticated");
        }
    }

    private void assertMustChangeThenMayWorkAgain(TestUser user, String password) {
        ApiClient browser = new ApiClient(port);
        var login = browser.login(user.username(), password);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(browser.get("/api/me").body().get("mustChangePassword").asBoolean()).isTrue();
        for (var refused : new ApiClient.Response[] {browser.get("/api/organisations"), browser.get("/api/levels"),
                browser.post("/api/organisations/" + council.id() + "/sessions", Map.of("name", "x")),
                browser.get("/actuator/prometheus")}) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
            assertThat(refused.body().get("code").asString()).isEqualTo("password_change_required");
            assertThat(refused.body().get("message").asString()).isEqualTo("Bạn cần đổi mật khẩu trước khi tiếp tục.");
        }
        Throwable handshake = catchThrowable(() -> browser.webSocket().buildAsync(browser.webSocketUri(),
                new WebSocket.Listener() { }).join());
        assertThat(((WebSocketHandshakeException) handshake.getCause()).getResponse().statusCode()).isEqualTo(403);

        var changed = browser.put("/api/me/password", change(password, NEW_PASSWORD + " " + unique()));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().get("mustChangePassword").asBoolean()).isFalse();
        assertThat(browser.get("/api/organisations").status()).isEqualTo(200);
        assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
    }

    private Map<String, Object> memberForm(String username, String password) {
        return body("fullName", "Trần Thị Mới", "title", null, "username", username, "password", password,
                "role", "DELEGATE", "delegationId", null);
    }

    private static Map<String, String> change(String current, String next) {
        return Map.of("currentPassword", current, "newPassword", next);
    }

    private boolean canLogIn(String username, String password) {
        try (ApiClient browser = new ApiClient(port)) {
            return browser.login(username, password).status() == 200;
        }
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }

    private String secretariatName() {
        return secretariat.get("/api/me").body().get("username").asString();
    }

    /** Who did {@code action} to the account, oldest first. */
    private List<String> audit(String action, UUID account) {
        return jdbc.sql("select actor_username from audit_log where action = ? and target_id = ? order by id")
                .params(action, account).query(String.class).list();
    }
}
