package vn.hopso.meeting.command;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import vn.hopso.meeting.domain.Refusal;

/**
 * One command per sitting at a time on this node, in the order they came, before any of them takes a database
 * connection. The sitting's row lock still orders commands across nodes; this keeps a burst of commands for one
 * sitting (500 check-ins within seconds) from holding every pooled connection while they wait for that lock, which
 * would leave none for the command that holds it to finish with, nor for anything else the node does.
 */
final class SittingTurns {

    private final ConcurrentHashMap<UUID, Turn> turns = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final Duration patience;

    /** @param patience how long a command waits for its turn before it is refused as {@code sitting_busy} */
    SittingTurns(Duration patience) {
        this.patience = patience;
    }

    <T> T inTurn(UUID sittingId, Supplier<T> work) {
        Turn turn = turns.compute(sittingId, (id, held) -> (held == null ? new Turn() : held).join());
        waiting.incrementAndGet();
        try {
            if (!turn.lock.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy().exception();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            leave(sittingId);
            throw busy().exception();
        } catch (RuntimeException e) {
            leave(sittingId);
            throw e;
        } finally {
            waiting.decrementAndGet();
        }
        try {
            return work.get();
        } finally {
            turn.lock.unlock();
            leave(sittingId);
        }
    }

    /** Commands on this node waiting for their sitting's turn (not the one each sitting is running). */
    int waiting() {
        return waiting.get();
    }

    /** Sittings with a command running or waiting here: none once every command has had its turn. */
    int sittingsInUse() {
        return turns.size();
    }

    private void leave(UUID sittingId) {
        turns.compute(sittingId, (id, held) -> held.leave() ? null : held);
    }

    private static Refusal busy() {
        return Refusal.conflict("sitting_busy",
                "Máy chủ đang xử lý nhiều yêu cầu của phiên họp này. Vui lòng thử lại sau giây lát.");
    }

    /** A sitting's lock and how many commands hold or wait for it; changed only inside the map's compute. */
    private static final class Turn {
        private final ReentrantLock lock = new ReentrantLock(true);
        private int users;

        Turn join() {
            users++;
            return this;
        }

        /** True when no command holds or waits for this turn any more. */
        boolean leave() {
            return --users == 0;
        }
    }
}
