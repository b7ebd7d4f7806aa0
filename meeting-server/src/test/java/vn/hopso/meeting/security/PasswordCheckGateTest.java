package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;

/**
 * Password checks running at once are bounded (half the processors by default): when every place is taken, a login
 * is turned away quickly with 503 and Retry-After instead of queueing for the CPU, and it costs the person no attempt.
 */
class PasswordCheckGateTest extends ServerTest {

    @Autowired
    private PasswordCheckGate gate;

    @Test
    void whenEveryPasswordCheckIsTakenALoginIsTurnedAwayAtOnceAndCountsNoFailure() {
        TestUser delegate = fixtures().member(fixtures().council("HĐND xã Đông Người"), Role.DELEGATE);
        List<PasswordCheckGate.Permit> taken = new ArrayList<>();
        try (LoginProbe browser = new LoginProbe(port, "127.0.9.1")) {
            for (Optional<PasswordCheckGate.Permit> permit = gate.enter(); permit.isPresent(); permit = gate.enter()) {
                taken.add(permit.get());
            }
            long started = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                LoginProbe.Answer busy = browser.login(delegate.username(), "sai-" + i);
                assertThat(busy.status()).isEqualTo(503);
                assertThat(busy.code()).isEqualTo("login_busy");
                assertThat(busy.retryAfter()).isEqualTo(1);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));

            taken.forEach(PasswordCheckGate.Permit::close);
            taken.clear();
            assertThat(browser.login(delegate.username(), Fixtures.PASSWORD).status())
                    .as("six turned-away logins are no five failures").isEqualTo(200);
        } finally {
            taken.forEach(PasswordCheckGate.Permit::close);
        }
    }
}
