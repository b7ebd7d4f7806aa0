package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.support.ServerTest;

/** The throttle's counts in PostgreSQL, on a clock the test moves: per name and address, aging, a bounded table. */
class LoginThrottleTest extends ServerTest {

    @Autowired
    private TransactionTemplate transactions;

    private Instant now = Instant.parse("2030-01-01T00:00:00Z");
    private LoginThrottle throttle;

    @BeforeEach
    void throttle() {
        jdbc.sql("delete from login_throttle").update();
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        HopsoProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("hopso.login.max-tracked", "3")))
                .bindOrCreate("hopso", HopsoProperties.class);
        throttle = new LoginThrottle(jdbc, transactions, clock, properties);
    }

    @Test
    void guessingFromOneLaptopDoesNotHoldTheChairOffOnAnother() {
        IntStream.range(0, 5).forEach(i -> fail("chutoa-khoa", "10.1.1.66"));

        assertThat(throttle.admit("chutoa-khoa", "10.1.1.66")).isInstanceOf(LoginThrottle.Admission.Refused.class);
        assertThat(throttle.admit("Chutoa-Khoa ", "10.1.1.66")).isInstanceOf(LoginThrottle.Admission.Refused.class);
        assertThat(throttle.admit("chutoa-khoa", "10.1.1.20")).isInstanceOf(LoginThrottle.Admission.Admitted.class);
    }

    @Test
    void aSuccessfulLoginClearsTheNamesCount() {
        IntStream.range(0, 4).forEach(i -> fail("daibieu-quen", "10.1.1.30"));
        throttle.succeeded(admitted("daibieu-quen", "10.1.1.30"));
        IntStream.range(0, 4).forEach(i -> fail("daibieu-quen", "10.1.1.30"));

        assertThat(throttle.admit("daibieu-quen", "10.1.1.30")).isInstanceOf(LoginThrottle.Admission.Admitted.class);
    }

    @Test
    void failuresAgeOutAndForgottenRowsAreDeleted() {
        IntStream.range(0, 5).forEach(i -> fail("thuky", "10.1.1.40"));
        now = now.plus(Duration.ofMinutes(59));
        assertThat(throttle.forgetOld()).isZero();

        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.admit("thuky", "10.1.1.40")).as("the window is over")
                .isInstanceOf(LoginThrottle.Admission.Admitted.class);
        now = now.plus(Duration.ofHours(1));
        throttle.forgetOld();
        assertThat(jdbc.sql("select count(*) from login_throttle").query(Integer.class).single()).isZero();
    }

    @Test
    void theTableKeepsAtMostMaxTrackedRowsTheNewest() {
        for (int i = 0; i < 4; i++) {
            fail("ngau-nhien-" + i, "10.1.2.1");
            now = now.plusSeconds(1);
        }

        throttle.forgetOld();

        assertThat(jdbc.sql("select throttle_key from login_throttle order by throttle_key").query(String.class).list())
                .containsExactly("name:ngau-nhien-1@10.1.2.1", "name:ngau-nhien-2@10.1.2.1", "name:ngau-nhien-3@10.1.2.1");
    }

    @Test
    void liftingForgetsTheNameEverywhereAndTheAddressesItWasTriedFrom() {
        IntStream.range(0, 5).forEach(i -> fail("chutoa", "10.1.3.1"));
        IntStream.range(0, 5).forEach(i -> fail("chutoa", "10.1.3.2"));
        fail("khac", "10.1.3.3");

        assertThat(throttle.lift("ChuToa")).isEqualTo(2);

        assertThat(jdbc.sql("select throttle_key from login_throttle order by throttle_key").query(String.class).list())
                .containsExactly("address:10.1.3.3", "name:khac@10.1.3.3");
    }

    private void fail(String username, String address) {
        admitted(username, address);
    }

    private LoginThrottle.Ticket admitted(String username, String address) {
        var admission = throttle.admit(username, address);
        assertThat(admission).isInstanceOf(LoginThrottle.Admission.Admitted.class);
        return ((LoginThrottle.Admission.Admitted) admission).ticket();
    }
}
