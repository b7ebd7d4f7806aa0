package vn.hopso.meeting.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.login.domain.LoginBackoff;
import vn.hopso.meeting.login.domain.LoginBackoff.Attempt;
import vn.hopso.meeting.login.domain.LoginBackoff.Count;

/**
 * Counts login attempts in PostgreSQL, so that every node sees the same counts: per user name and client address, and
 * per address across names. Each attempt takes the key's row lock and is counted as a failure before the password is
 * checked, so concurrent guesses each count; a right password takes its count back. Failures age out of a window, and
 * a scheduled clean-up deletes forgotten rows and keeps at most {@code maxTracked}.
 */
@Component
class LoginThrottle {

    /** Let through, holding the counts it made; what the check of the password found decides what becomes of them. */
    record Ticket(String nameKey, String addressKey, Count name, Count address, Duration delayIfFailed,
            String delayedKey) {
    }

    sealed interface Admission {
        record Admitted(Ticket ticket) implements Admission {
        }

        record Refused(Duration retryAfter) implements Admission {
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LoginBackoff perName;
    private final LoginBackoff perAddress;
    private final int maxTracked;

    LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, HopsoProperties properties) {
        this.jdbc = jdbc;
        // Counts commit on their own: a failure must stay counted when the request that checked it rolls back.
        this.transactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        HopsoProperties.Login login = properties.login();
        this.perName = new LoginBackoff(login.maxFailures(), login.firstDelay(), login.maxDelay(), login.window());
        this.perAddress = new LoginBackoff(login.addressMaxFailures(), login.firstDelay(), login.maxDelay(),
                login.window());
        this.maxTracked = login.maxTracked();
    }

    /** Counts one attempt of {@code username} from {@code address}, or refuses it while a wait is due. */
    Admission admit(String username, String address) {
        String addressKey = "address:" + address;
        String nameKey = "name:" + normalised(username) + "@" + address;
        return transactions.execute(status -> {
            // Always the address first, then the name: concurrent attempts take the two row locks in one order. The
            // time is read once a lock is held, so a wait is never measured from before an earlier attempt set it.
            Count addressCount = locked(addressKey, clock.instant());
            Attempt byAddress = perAddress.attempt(addressCount, clock.instant());
            if (byAddress instanceof Attempt.Refused refused) {
                return new Admission.Refused(refused.retryAfter());
            }
            Count nameCount = locked(nameKey, clock.instant());
            Attempt byName = perName.attempt(nameCount, clock.instant());
            if (byName instanceof Attempt.Refused refused) {
                status.setRollbackOnly();
                return new Admission.Refused(refused.retryAfter());
            }
            Attempt.Admitted forAddress = (Attempt.Admitted) byAddress;
            Attempt.Admitted forName = (Attempt.Admitted) byName;
            store(addressKey, forAddress.counted());
            store(nameKey, forName.counted());
            boolean nameWaitsLonger = forName.delay().compareTo(forAddress.delay()) >= 0;
            return new Admission.Admitted(new Ticket(nameKey, addressKey, forName.counted(), forAddress.counted(),
                    nameWaitsLonger ? forName.delay() : forAddress.delay(), nameWaitsLonger ? "name" : "address"));
        });
    }

    /** The password was right: the name's failures are forgiven, the address keeps those it had. */
    void succeeded(Ticket ticket) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from login_throttle where throttle_key = ?").param(ticket.nameKey()).update();
            takeBack(ticket.addressKey());
        });
    }

    /** The password was never checked (the server was busy): the attempt does not count. */
    void notChecked(Ticket ticket) {
        transactions.executeWithoutResult(status -> {
            takeBack(ticket.addressKey());
            takeBack(ticket.nameKey());
        });
    }

    /** Forgets the failures of a user name at every address, and those of the addresses it was tried from. */
    int lift(String username) {
        String prefix = "name:" + normalised(username) + "@";
        return transactions.execute(status -> {
            var addresses = jdbc.sql("""
                            delete from login_throttle where starts_with(throttle_key, ?)
                            returning 'address:' || substr(throttle_key, length(?) + 1)""")
                    .params(prefix, prefix)
                    .query(String.class)
                    .list();
            if (!addresses.isEmpty()) {
                jdbc.sql("delete from login_throttle where throttle_key in (:keys)").param("keys", addresses).update();
            }
            return addresses.size();
        });
    }

    /** Deletes forgotten counts, then the oldest beyond {@code maxTracked}, so the table stays small whatever is tried. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    int forgetOld() {
        Instant now = clock.instant();
        int forgotten = jdbc.sql("""
                        delete from login_throttle where window_start <= ? and (blocked_until is null or blocked_until <= ?)""")
                .params(Timestamp.from(now.minus(perName.window())), Timestamp.from(now))
                .update();
        return forgotten + jdbc.sql("""
                        delete from login_throttle where throttle_key in (
                            select throttle_key from login_throttle order by window_start desc offset ?)""")
                .param(maxTracked)
                .update();
    }

    private void takeBack(String key) {
        Instant now = clock.instant();
        Count count = locked(key, now);
        if (count == null) {
            return;
        }
        Count left = (key.startsWith("address:") ? perAddress : perName).notAFailure(count);
        if (left.failures() == 0 && left.blockedUntil() == null) {
            jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
        } else {
            store(key, left);
        }
    }

    private @Nullable Count locked(String key, Instant now) {
        Optional<Count> count = jdbc.sql("""
                        select failures, window_start, blocked_until from login_throttle where throttle_key = ? for update""")
                .param(key)
                .query((rs, n) -> new Count(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
        if (count.isPresent()) {
            return count.get();
        }
        // A first attempt: the row is made (and locked) so that concurrent first attempts queue behind this one.
        int made = jdbc.sql("""
                        insert into login_throttle (throttle_key, failures, window_start) values (?, 0, ?)
                        on conflict (throttle_key) do nothing""")
                .params(key, Timestamp.from(now))
                .update();
        return made == 1 ? null : locked(key, now);
    }

    private void store(String key, Count count) {
        jdbc.sql("update login_throttle set failures = ?, window_start = ?, blocked_until = ? where throttle_key = ?")
                .params(count.failures(), Timestamp.from(count.windowStart()),
                        count.blockedUntil() == null ? null : Timestamp.from(count.blockedUntil()), key)
                .update();
    }

    private static String normalised(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
