package vn.hopso.meeting.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.sitting.domain.SittingCommand;

/**
 * Votes share their sitting's turn. A burst of votes (500 delegates within two seconds) run one per turn and
 * transaction waits for the sitting's lock and for a commit (a disk flush) each, one after the other; here each vote
 * joins its sitting's queue, and the first of the waiting votes' threads to get the turn runs every vote queued (up
 * to {@code most}, in the order they came) in one transaction, each in a savepoint of its own, then finds its own
 * done or runs the next batch. The others, getting the turn, find theirs done and answer.
 *
 * <p>Each vote runs exactly as alone, in the same order: under the sitting's row lock, with its idempotency receipt,
 * its own events numbered after the vote before it, and its events published after the commit. A vote refused rolls
 * back to its savepoint, before any of its events was appended; any other fault rolls the batch back whole, and each
 * vote runs again in a transaction of its own, so that the fault stays with its vote. Votes are what may share a
 * transaction: sent again they change nothing (one counted vote per delegate, kept by the database), so running one
 * again after a batch that failed at its commit cannot count it twice.
 */
final class VoteBatches {

    /** Runs one command in the open transaction, under the sitting's row lock (the pipeline's own step). */
    @FunctionalInterface
    interface Locked {
        Outcome run(Actor actor, SittingCommand command, UUID sittingId, @Nullable String idempotencyKey);
    }

    /** One vote waiting for its turn; set once run, in the sitting's turn, by whichever thread ran it. */
    private static final class Pending {
        private final Actor actor;
        private final SittingCommand command;
        private final UUID sittingId;
        private final @Nullable String idempotencyKey;
        private @Nullable Outcome outcome;
        private @Nullable RuntimeException fault;

        Pending(Actor actor, SittingCommand command, UUID sittingId, @Nullable String idempotencyKey) {
            this.actor = actor;
            this.command = command;
            this.sittingId = sittingId;
            this.idempotencyKey = idempotencyKey;
        }

        boolean done() {
            return outcome != null || fault != null;
        }

        Outcome outcome() {
            if (fault != null) {
                throw fault;
            }
            return outcome;
        }
    }

    private final ConcurrentHashMap<UUID, ArrayDeque<Pending>> waiting = new ConcurrentHashMap<>();
    private final SittingTurns turns;
    private final TransactionTemplate transactions;
    private final Locked locked;
    private final int most;

    /** @param most the most votes one transaction runs: a batch's votes are all answered at its commit */
    VoteBatches(SittingTurns turns, TransactionTemplate transactions, Locked locked, int most) {
        this.turns = turns;
        this.transactions = transactions;
        this.locked = locked;
        this.most = most;
    }

    Outcome run(Actor actor, SittingCommand.CastBallot vote, UUID sittingId, @Nullable String idempotencyKey) {
        Pending pending = new Pending(actor, vote, sittingId, idempotencyKey);
        waiting.compute(sittingId, (id, queue) -> {
            ArrayDeque<Pending> joined = queue == null ? new ArrayDeque<>() : queue;
            joined.add(pending);
            return joined;
        });
        try {
            return inTurn(pending);
        } catch (Refused busy) {
            // Refused as busy before its turn: withdrawn, unless a batch took it meanwhile, which answers for it.
            if (withdrawn(pending)) {
                throw busy;
            }
            return inTurn(pending);
        }
    }

    /** Sittings with votes waiting on this node. */
    int sittingsWaiting() {
        return waiting.size();
    }

    private Outcome inTurn(Pending pending) {
        return turns.inTurn(pending.sittingId, () -> {
            while (!pending.done()) {
                runTogether(take(pending.sittingId));
            }
            return pending.outcome();
        });
    }

    private List<Pending> take(UUID sittingId) {
        List<Pending> batch = new ArrayList<>();
        waiting.computeIfPresent(sittingId, (id, queue) -> {
            while (batch.size() < most && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
            return queue.isEmpty() ? null : queue;
        });
        return batch;
    }

    private boolean withdrawn(Pending pending) {
        boolean[] removed = {false};
        waiting.computeIfPresent(pending.sittingId, (id, queue) -> {
            removed[0] = queue.remove(pending);
            return queue.isEmpty() ? null : queue;
        });
        return removed[0];
    }

    private void runTogether(List<Pending> batch) {
        if (batch.size() == 1) {
            runAlone(batch.getFirst());
            return;
        }
        List<Outcome> outcomes;
        try {
            outcomes = transactions.execute(status -> {
                List<Outcome> ended = new ArrayList<>(batch.size());
                for (Pending pending : batch) {
                    Object savepoint = status.createSavepoint();
                    try {
                        ended.add(locked.run(pending.actor, pending.command, pending.sittingId,
                                pending.idempotencyKey));
                        status.releaseSavepoint(savepoint);
                    } catch (Refused refused) {
                        status.rollbackToSavepoint(savepoint);
                        ended.add(new Outcome.Rejected(refused.refusal()));
                    }
                }
                return ended;
            });
        } catch (RuntimeException fault) {
            batch.forEach(this::runAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome = outcomes.get(i);
        }
    }

    private void runAlone(Pending pending) {
        try {
            pending.outcome = transactions.execute(status -> locked.run(pending.actor, pending.command,
                    pending.sittingId, pending.idempotencyKey));
        } catch (Refused refused) {
            pending.outcome = new Outcome.Rejected(refused.refusal());
        } catch (RuntimeException fault) {
            pending.fault = fault;
        }
    }
}
