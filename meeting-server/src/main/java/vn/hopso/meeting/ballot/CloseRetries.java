package vn.hopso.meeting.ballot;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the countdown tries again to close an overdue ballot that it could not close (its sitting busy, or a refusal
 * that will not go away): one second after the first failure, then two, four … seconds, at most a minute apart, so
 * that a ballot that cannot be closed neither holds its sitting's turn every second nor writes a warning every second.
 * A ballot closed, or no longer overdue, is forgotten.
 */
final class CloseRetries {

    /** How long the countdown waits after the {@code failures}-th failure in a row. */
    static Duration waitAfter(int failures) {
        // 2^6 seconds is past the longest wait already; a larger shift would overflow.
        Duration wait = Duration.ofSeconds(1L << Math.min(failures - 1, 6));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    private static final Duration LONGEST = Duration.ofMinutes(1);

    /** A ballot that failed to close {@code failures} times in a row, tried again from {@code next}. */
    record Retry(int failures, Instant next) {
    }

    private final Map<UUID, Retry> failing = new ConcurrentHashMap<>();

    /** Whether to try to close the ballot now. */
    boolean due(UUID ballot, Instant now) {
        Retry retry = failing.get(ballot);
        return retry == null || !now.isBefore(retry.next());
    }

    /** The attempt at {@code now} failed: when the next one is. */
    Retry failed(UUID ballot, Instant now) {
        return failing.compute(ballot, (id, before) -> {
            int failures = before == null ? 1 : before.failures() + 1;
            return new Retry(failures, now.plus(waitAfter(failures)));
        });
    }

    /** Closed (here or elsewhere): nothing more to wait for. */
    void closed(UUID ballot) {
        failing.remove(ballot);
    }

    /** Forgets the ballots no longer overdue (closed by another node, annulled). */
    void keepOnly(Set<UUID> overdue) {
        failing.keySet().retainAll(overdue);
    }

    int failing() {
        return failing.size();
    }
}
