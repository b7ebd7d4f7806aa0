package vn.hopso.meeting.login.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Growing delays instead of a hard lock: the first {@code freeFailures} failures of a window cost nothing; the one
 * that reaches the limit holds further attempts off for {@code firstDelay}, and each failure after it doubles the
 * wait, up to {@code maxDelay}. A window starts at its first failure and is forgotten {@code window} later.
 */
public record LoginBackoff(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window) {

    /** The failures counted for one key: how many, since when, and until when no attempt is evaluated. */
    public record Count(int failures, Instant windowStart, @Nullable Instant blockedUntil) {
    }

    /** The answer to one more attempt: refused for a while, or let through with the count it will leave. */
    public sealed interface Attempt {
        record Refused(Duration retryAfter) implements Attempt {
        }

        /** @param delay how long this attempt holds later ones off should it fail (zero for none) */
        record Admitted(Count counted, Duration delay) implements Attempt {
        }
    }

    /** An attempt is counted as a failure up front; {@link #notAFailure} takes it back if the password was right. */
    public Attempt attempt(@Nullable Count count, Instant now) {
        if (count != null && count.blockedUntil() != null && count.blockedUntil().isAfter(now)) {
            return new Attempt.Refused(Duration.between(now, count.blockedUntil()));
        }
        boolean fresh = count == null || !count.windowStart().isAfter(now.minus(window));
        int failures = fresh ? 1 : count.failures() + 1;
        Duration delay = delayAfter(failures);
        return new Attempt.Admitted(new Count(failures, fresh ? now : count.windowStart(),
                delay.isZero() ? null : now.plus(delay)), delay);
    }

    /**
     * The count once an admitted attempt proved no failure (or was never checked). Attempts are admitted only while no
     * wait is due, so a wait is kept only when the failures that remain call for one (another attempt's, meanwhile).
     */
    public Count notAFailure(Count count) {
        int failures = Math.max(0, count.failures() - 1);
        return new Count(failures, count.windowStart(), delayAfter(failures).isZero() ? null : count.blockedUntil());
    }

    /** Whether a count can be forgotten: its window is over and no wait is due. */
    public boolean forgotten(Count count, Instant now) {
        return !count.windowStart().isAfter(now.minus(window))
                && (count.blockedUntil() == null || !count.blockedUntil().isAfter(now));
    }

    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - freeFailures, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
