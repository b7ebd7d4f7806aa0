package vn.hopso.meeting.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.sitting.domain.SittingCommand;

/**
 * Votes share their sitting's turn. A burst of votes (500 delegates within two seconds) run one per turn and
 * transaction waits for the sitting's lock and for a commit (a disk flush) each, one after the other. Here each vote
 * joins its sitting's line on this node, and one of the votes waiting leads: in the sitting's turn it takes the
 * sitting's row lock, then every vote queued by then (up to {@code most}, in the order they came, its own first:
 * those that came while another node's batch held the lock too), runs them in that transaction, each in a savepoint
 * of its own, answers them all once it commits, and hands the lead to the first vote still waiting. The others wait
 * for their answer only, not for the turn, so that a vote is answered as soon as the transaction that ran it
 * committed.
 *
 * <p>Each vote runs as alone, in the same order: under the sitting's row lock (taken once for the batch), with its
 * idempotency receipt and its own events, numbered after the vote before it and published after the commit. What
 * the votes made is written once, at the end of the batch: their events in one statement, their audit lines in
 * another, and a count they all change (how many have voted) once, as it stands after them all. A vote refused rolls
 * back to its savepoint and leaves nothing to write; any other fault rolls the batch back whole, and each
 * vote runs again in a transaction of its own, so that the fault stays with its vote. Votes are what may share a
 * transaction: sent again they change nothing (one counted vote per delegate, kept by the database), so running one
 * again after a batch that failed at its commit cannot count it twice.
 */
final class VoteBatches {

    /** The pipeline's own step: takes the sitting's row lock in the open transaction, then runs commands under it. */
    @FunctionalInterface
    interface Locked {
        Run lock(UUID sittingId);
    }

    /** Commands run one after another under one sitting's lock, and what they made written at the end. */
    interface Run {
        /** Runs one command; a refusal is thrown, and what the command made is then not kept. */
        void run(Actor actor, SittingCommand command, @Nullable String idempotencyKey);

        /** Writes the events, audit and notices of the commands run, and answers each of them, in order. */
        List<Outcome> finish();
    }

    /** What a waiting vote is told: that it was run (its outcome is set), or that it leads the next batch. */
    private enum Signal { ANSWERED, LEAD }

    /** One vote waiting for its turn; its outcome is set by whichever vote's thread ran it. */
    private static final class Pending {
        private final Actor actor;
        private final SittingCommand command;
        private final UUID sittingId;
        private final @Nullable String idempotencyKey;
        private final CompletableFuture<Signal> signal = new CompletableFuture<>();
        private @Nullable Outcome outcome;
        private @Nullable RuntimeException fault;

        Pending(Actor actor, SittingCommand command, UUID sittingId, @Nullable String idempotencyKey) {
            this.actor = actor;
            this.command = command;
            this.sittingId = sittingId;
            this.idempotencyKey = idempotencyKey;
        }

        Outcome outcome() {
            if (fault != null) {
                throw fault;
            }
            return outcome;
        }
    }

    /** A sitting's votes waiting on this node, in the order they came; one of them leads while any waits. */
    private static final class Line {
        private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    }

    private final ConcurrentHashMap<UUID, Line> lines = new ConcurrentHashMap<>();
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
        boolean[] leads = {false};
        lines.compute(sittingId, (id, line) -> {
            Line joined = line == null ? new Line() : line;
            leads[0] = line == null;
            joined.queue.add(pending);
            return joined;
        });
        if (!leads[0] && pending.signal.join() == Signal.ANSWERED) {
            return pending.outcome();
        }
        return lead(pending);
    }

    /** Votes queued on this node and not yet taken into a batch. */
    int waiting() {
        return lines.values().stream().mapToInt(line -> line.queue.size()).sum();
    }

    /** Sittings with votes waiting or running on this node. */
    int sittingsInUse() {
        return lines.size();
    }

    private Outcome lead(Pending leader) {
        try {
            turns.inTurn(leader.sittingId, () -> {
                runBatch(leader.sittingId);
                return null;
            });
        } catch (RuntimeException before) {
            // Refused as busy before its turn, or its sitting's lock refused or failed: before it took any vote, so
            // it leaves the line and answers so.
            lines.computeIfPresent(leader.sittingId, (id, line) -> {
                line.queue.remove(leader);
                return line;
            });
            leader.fault = before;
        } finally {
            handOff(leader.sittingId);
        }
        return leader.outcome();
    }

    /**
     * In the sitting's turn: takes the sitting's lock, and only then the votes queued (so that those that came while
     * the lock was awaited, held by another node's batch, run in this batch rather than wait for the next), runs
     * them and answers them.
     */
    private void runBatch(UUID sittingId) {
        List<Pending> batch = new ArrayList<>();
        try {
            List<Outcome> outcomes = transactions.execute(status -> {
                Run run = locked.lock(sittingId);
                batch.addAll(take(sittingId));
                return batch.size() == 1 ? List.of(alone(run, batch.getFirst())) : together(run, batch, status);
            });
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome = outcomes.get(i);
            }
        } catch (RuntimeException fault) {
            if (batch.isEmpty()) {
                throw fault;
            }
            if (batch.size() == 1 && fault instanceof Refused refused) {
                batch.getFirst().outcome = new Outcome.Rejected(refused.refusal());
            } else if (batch.size() == 1) {
                batch.getFirst().fault = fault;
            } else {
                // A batch's refusals stay with their savepoints: anything else runs each vote again alone.
                batch.forEach(this::runAlone);
            }
        }
        batch.forEach(pending -> pending.signal.complete(Signal.ANSWERED));
    }

    /** The first vote still waiting leads next; with none waiting, the sitting's line is gone. */
    private void handOff(UUID sittingId) {
        Pending[] next = {null};
        lines.computeIfPresent(sittingId, (id, line) -> {
            next[0] = line.queue.peek();
            return next[0] == null ? null : line;
        });
        if (next[0] != null) {
            next[0].signal.complete(Signal.LEAD);
        }
    }

    private List<Pending> take(UUID sittingId) {
        List<Pending> batch = new ArrayList<>();
        lines.computeIfPresent(sittingId, (id, line) -> {
            while (batch.size() < most && !line.queue.isEmpty()) {
                batch.add(line.queue.poll());
            }
            return line;
        });
        return batch;
    }
    private static Outcome alone(Run run, Pending pending) {
        run.run(pending.actor, pending.command, pending.idempotencyKey);
        return run.finish().getFirst();
    }

    /** Each vote in a savepoint of its own, so that a refused one is undone alone; all written at the end. */
    private static List<Outcome> together(Run run, List<Pending> batch, TransactionStatus status) {
        List<@Nullable Outcome> ended = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            Object savepoint = status.createSavepoint();
            try {
                run.run(pending.actor, pending.command, pending.idempotencyKey);
                status.releaseSavepoint(savepoint);
                ended.add(null);
            } catch (Refused refused) {
                status.rollbackToSavepoint(savepoint);
                ended.add(new Outcome.Rejected(refused.refusal()));
            }
        }
        Iterator<Outcome> ran = run.finish().iterator();
        ended.replaceAll(outcome -> outcome == null ? ran.next() : outcome);
        return ended;
    }

    private void runAlone(Pending pending) {
        try {
            pending.outcome = transactions.execute(status -> alone(locked.lock(pending.sittingId), pending));
        } catch (Refused refused) {
            pending.outcome = new Outcome.Rejected(refused.refusal());
        } catch (RuntimeException fault) {
            pending.fault = fault;
        }
    }
}
