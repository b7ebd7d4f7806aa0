package vn.hopso.meeting.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for a user name from one address, that name is
 * locked for {@code lockout} from that address. Keyed by address too, so that nobody can lock the chair out of a
 * sitting by typing wrong passwords on another laptop. Kept in PostgreSQL so every node sees the same count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HopsoProperties.Login settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, HopsoProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.login();
    }

    /** How long the caller must still wait, if the user name is locked. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_failures where throttle_key = ? and locked_until > ?")
                .param(key(username, address))
                .param(java.sql.Timestamp.from(now))
                .query(java.sql.Timestamp.class)
                .optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into login_failures (throttle_key, failures, first_at) values (:u, 1, :now)
                        on conflict (throttle_key) do update set failures = case
                            when login_failures.locked_until is not null and login_failures.locked_until <= :now then 1
                            else login_failures.failures + 1 end,
                          locked_until = case
                            when login_failures.locked_until is not null and login_failures.locked_until <= :now then null
                            else login_failures.locked_until end""")
                .param("u", key(username, address))
                .param("now", java.sql.Timestamp.from(now))
                .update();
        jdbc.sql("update login_failures set locked_until = :until, failures = 0 where throttle_key = :u and failures >= :max")
                .param("until", java.sql.Timestamp.from(now.plus(settings.lockout())))
                .param("u", key(username, address))
                .param("max", settings.maxFailures())
                .update();
    }

    void succeeded(String username, String address) {
        jdbc.sql("delete from login_failures where throttle_key = ?").param(key(username, address)).update();
    }

    private static String key(String username, String address) {
        return username.trim().toLowerCase(Locale.ROOT) + "@" + address;
    }
}
