package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hopso.meeting.support.ServerTest;

class LoginThrottleTest extends ServerTest {

    @Autowired
    private LoginThrottle throttle;

    @Test
    void guessingFromOneLaptopDoesNotLockTheChairOutOfAnother() {
        IntStream.range(0, 5).forEach(i -> throttle.failed("chutoa-khoa", "10.1.1.66"));
        assertThat(throttle.lockedFor("chutoa-khoa", "10.1.1.66")).isPresent();
        assertThat(throttle.lockedFor("Chutoa-Khoa ", "10.1.1.66")).isPresent();
        assertThat(throttle.lockedFor("chutoa-khoa", "10.1.1.20")).isEmpty();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        IntStream.range(0, 4).forEach(i -> throttle.failed("daibieu-quen", "10.1.1.30"));
        throttle.succeeded("daibieu-quen", "10.1.1.30");
        IntStream.range(0, 4).forEach(i -> throttle.failed("daibieu-quen", "10.1.1.30"));
        assertThat(throttle.lockedFor("daibieu-quen", "10.1.1.30")).isEmpty();
    }
}
