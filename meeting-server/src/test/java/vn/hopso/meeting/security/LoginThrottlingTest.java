package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.security.SecretariatDesk.unique;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;

/**
 * Password guessing from outside, on a server with the default limits (5 failures per name and address, 20 per
 * address, then growing waits) and enough password-check places that none is turned away as busy. Each test guesses
 * from loopback addresses of its own.
 */
// A server with settings of its own: closed after this class, so it holds no connections while the others run.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoginThrottlingTest extends ServerTest {

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("hopso.login.address-max-failures", () -> "20");
        registry.add("hopso.login.concurrent-checks", () -> "8");
        registry.add("hopso.login.check-wait", () -> "20s");
    }

    private Organisation council;

    @BeforeEach
    void council() {
        council = fixtures().council("HĐND tỉnh Đoán Mò " + unique());
    }

    @Test
    void fortyParallelGuessesOnOneNameAreCountedOneByOneAndOnlyFiveAreChecked() {
        TestUser chair = fixtures().member(council, Role.CHAIR);
        try (LoginProbe attacker = new LoginProbe(port, address())) {
            List<LoginProbe.Answer> answers = IntStream.range(0, 40)
                    .mapToObj(i -> attacker.loginAsync(chair.username(), "doan-" + i))
                    .toList().stream().map(CompletableFuture::join).toList();

            assertThat(answers.stream().filter(a -> a.status() == 401)).hasSize(5);
            List<LoginProbe.Answer> refused = answers.stream().filter(a -> a.status() == 429).toList();
            assertThat(refused).hasSize(35).allSatisfy(answer -> {
                assertThat(answer.code()).isEqualTo("too_many_attempts");
                assertThat(answer.retryAfter()).isBetween(1L, 30L);
                assertThat(answer.body().get("message").asString())
                        .matches("Đăng nhập sai quá nhiều lần\\. Vui lòng thử lại sau \\d+ giây\\.");
            });
            assertThat(attacker.login(chair.username(), Fixtures.PASSWORD).status()).as("even the right password waits")
                    .isEqualTo(429);
        }
        assertThat(audit("login.failure", chair.username())).isEqualTo(5);
        assertThat(audit("login.lockout", chair.username())).isEqualTo(1);
    }

    @Test
    void aFewGuessesOnManyNamesFromOneAddressMeetTheAddressBudget() {
        List<TestUser> victims = IntStream.range(0, 8).mapToObj(i -> fixtures().member(council, Role.DELEGATE)).toList();
        String from = address();
        try (LoginProbe sprayer = new LoginProbe(port, from); LoginProbe elsewhere = new LoginProbe(port, address())) {
            int checked = 0;
            int refused = 0;
            for (TestUser victim : victims) {
                for (int guess = 0; guess < 4; guess++) {
                    int status = sprayer.login(victim.username(), "mua-xuan-" + guess).status();
                    checked += status == 401 ? 1 : 0;
                    refused += status == 429 ? 1 : 0;
                }
            }
            assertThat(checked).isEqualTo(20);
            assertThat(refused).isEqualTo(12);
            LoginProbe.Answer unknown = sprayer.login("ten-ngau-nhien-" + unique(), "bat-ky");
            assertThat(unknown.status()).isEqualTo(429);
            assertThat(unknown.retryAfter()).isPositive();
            assertThat(elsewhere.login(victims.getFirst().username(), Fixtures.PASSWORD).status())
                    .as("another address is not held off").isEqualTo(200);
        }
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key like ?").param("name:%@" + from)
                .query(Integer.class).single()).as("refused names leave no row").isEqualTo(5);
    }

    @Test
    void theSecretariatLiftsTheWaitSoTheChairLogsInAtOnce() {
        TestUser chair = fixtures().member(council, Role.CHAIR);
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        try (LoginProbe hallLaptop = new LoginProbe(port, address())) {
            IntStream.range(0, 5).forEach(i -> hallLaptop.login(chair.username(), "nham-" + i));
            assertThat(hallLaptop.login(chair.username(), Fixtures.PASSWORD).status()).isEqualTo(429);

            assertThat(login(fixtures().member(council, Role.DELEGATE))
                    .post("/api/members/" + chair.membershipId() + "/login-unlock", Map.of()).status()).isEqualTo(403);
            var lifted = secretariat.post("/api/members/" + chair.membershipId() + "/login-unlock", Map.of());

            assertThat(lifted.status()).as(lifted.raw()).isEqualTo(204);
            assertThat(hallLaptop.login(chair.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
        }
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'account.login_unlock' and organisation_id = ?")
                .param(council.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(audit("login.success", chair.username())).isEqualTo(1);
    }

    private int audit(String action, String username) {
        return jdbc.sql("select count(*) from audit_log where action = ? and actor_username = ?")
                .params(action, username).query(Integer.class).single();
    }

    /** A loopback address no other test uses. */
    private static String address() {
        int n = unique();
        return "127.0." + (20 + n / 250) + "." + (1 + n % 250);
    }
}
