package vn.hopso.meeting.login.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.login.domain.LoginBackoff.Attempt;
import vn.hopso.meeting.login.domain.LoginBackoff.Count;

class LoginBackoffTest {

    private static final Instant NINE = Instant.parse("2026-12-08T02:00:00Z");

    private final LoginBackoff backoff = new LoginBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));

    @Test
    void fiveFailuresAreFreeThenEachWaitDoublesUpToTheLongest() {
        List<Duration> waits = new ArrayList<>();
        Count count = null;
        Instant now = NINE;
        for (int failure = 1; failure <= 12; failure++) {
            Attempt.Admitted admitted = (Attempt.Admitted) backoff.attempt(count, now);
            count = admitted.counted();
            waits.add(admitted.delay());
            now = count.blockedUntil() == null ? now.plusSeconds(1) : count.blockedUntil();
        }
        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    @Test
    void whileAWaitIsDueAttemptsAreRefusedWithTheTimeLeftAndNotCounted() {
        Count blocked = new Count(5, NINE, NINE.plusSeconds(30));

        Attempt attempt = backoff.attempt(blocked, NINE.plusSeconds(10));

        assertThat(attempt).isEqualTo(new Attempt.Refused(Duration.ofSeconds(20)));
        assertThat(backoff.attempt(blocked, NINE.plusSeconds(30))).isInstanceOf(Attempt.Admitted.class);
    }

    @Test
    void failuresAgeOutWithTheirWindow() {
        Count old = new Count(9, NINE, NINE.plusSeconds(60));

        Attempt.Admitted later = (Attempt.Admitted) backoff.attempt(old, NINE.plus(Duration.ofHours(1)));

        assertThat(later.counted()).isEqualTo(new Count(1, NINE.plus(Duration.ofHours(1)), null));
        assertThat(backoff.forgotten(old, NINE.plus(Duration.ofHours(1)))).isTrue();
        assertThat(backoff.forgotten(old, NINE.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(backoff.forgotten(new Count(9, NINE, NINE.plus(Duration.ofHours(2))), NINE.plus(Duration.ofHours(1))))
                .as("a wait still due").isFalse();
    }

    @Test
    void aRightPasswordTakesItsOwnCountBackAndKeepsAWaitOthersStarted() {
        Attempt.Admitted fifth = (Attempt.Admitted) backoff.attempt(new Count(4, NINE, null), NINE);
        assertThat(backoff.notAFailure(fifth.counted())).isEqualTo(new Count(4, NINE, null));

        Count sixthStartedByAnother = new Count(6, NINE, NINE.plusSeconds(60));
        assertThat(backoff.notAFailure(sixthStartedByAnother)).isEqualTo(new Count(5, NINE, NINE.plusSeconds(60)));
    }
}
