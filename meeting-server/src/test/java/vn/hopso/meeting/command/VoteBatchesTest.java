package vn.hopso.meeting.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.SavepointManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.SittingCommand;

/**
 * Votes queued while their sitting's turn is taken run together, in one transaction, in the order they came, each
 * answered at its commit; a refused vote is rolled back to its savepoint alone; any other fault makes every vote of
 * the batch run again alone. The transactions are recorded rather than real: what is proved is how votes are grouped
 * and answered.
 */
class VoteBatchesTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final UUID sitting = UUID.randomUUID();
    private final SittingTurns turns = new SittingTurns(Duration.ofSeconds(30));
    /** What the transactions saw, in order: "begin", "commit", "rollback", "savepoint", "undo", and each vote run. */
    private final List<String> journal = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstMayEnd = new CountDownLatch(1);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void votesWaitingForTheTurnRunTogetherInOneTransactionInTheOrderTheyCame() throws Exception {
        VoteBatches batches = batches((vote, number) -> new Outcome.Applied(vote.ballotId(), null));
        List<SittingCommand.CastBallot> votes = votes(6);
        List<CompletableFuture<Outcome>> answers = queueBehindTheFirst(batches, votes);

        for (int i = 0; i < votes.size(); i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).as("each vote answered for itself")
                    .isEqualTo(new Outcome.Applied(votes.get(i).ballotId(), null));
        }
        assertThat(journal).containsExactly("begin", "vote 0", "written", "commit", "begin", "savepoint", "vote 1",
                "savepoint", "vote 2", "savepoint", "vote 3", "savepoint", "vote 4", "savepoint", "vote 5", "written",
                "commit");
        assertThat(batches.sittingsInUse()).isZero();
        assertThat(turns.sittingsInUse()).isZero();
    }

    @Test
    void votesThatComeWhileTheLockIsAwaitedJoinTheBatchThatAwaitsIt() throws Exception {
        CountDownLatch lockMayBeTaken = new CountDownLatch(1);
        int[] locks = {0};
        VoteBatches batches = batches((vote, number) -> new Outcome.Applied(vote.ballotId(), null), () -> {
            // The second transaction's lock is held elsewhere (another node's batch) until the test lets it go.
            if (++locks[0] == 2) {
                journal.add("lock awaited");
                awaitLatch(lockMayBeTaken);
            }
        });
        List<SittingCommand.CastBallot> votes = votes(5);
        List<CompletableFuture<Outcome>> answers = queueBehindTheFirst(batches, votes.subList(0, 3));
        await().atMost(Duration.ofSeconds(10)).until(() -> journal.contains("lock awaited"));
        for (int i = 3; i < votes.size(); i++) {
            SittingCommand.CastBallot vote = votes.get(i);
            answers.add(CompletableFuture.supplyAsync(() -> batches.run(null, vote, sitting, null), threads));
            int waiting = i;
            await().atMost(Duration.ofSeconds(10)).until(() -> batches.waiting() == waiting);
        }
        lockMayBeTaken.countDown();

        for (int i = 0; i < votes.size(); i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Applied.class);
        }
        assertThat(journal.subList(4, journal.size())).as("one batch of the four, not two").containsExactly("begin",
                "lock awaited", "savepoint", "vote 1", "savepoint", "vote 2", "savepoint", "vote 3", "savepoint",
                "vote 4", "written", "commit");
    }

    @Test
    void aRefusedVoteIsUndoneAloneAndTheOthersOfItsBatchCommit() throws Exception {
        VoteBatches batches = batches((vote, number) -> {
            if (number == 2) {
                throw Refusal.conflict("not_entitled", "Không có quyền biểu quyết.").exception();
            }
            return new Outcome.Applied(vote.ballotId(), null);
        });
        List<CompletableFuture<Outcome>> answers = queueBehindTheFirst(batches, votes(4));

        assertThat(answers.get(2).get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Rejected.class)
                .extracting(o -> ((Outcome.Rejected) o).refusal().code()).isEqualTo("not_entitled");
        assertThat(answers.get(3).get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Applied.class);
        assertThat(journal.subList(4, journal.size())).containsExactly("begin", "savepoint", "vote 1", "savepoint",
                "vote 2", "undo", "savepoint", "vote 3", "written", "commit");
    }

    @Test
    void aFaultUndoesTheBatchAndEveryVoteOfItRunsAgainAloneKeepingTheFaultToItsOwn() throws Exception {
        VoteBatches batches = batches((vote, number) -> {
            if (number == 2) {
                throw new IllegalStateException("the store failed");
            }
            return new Outcome.Applied(vote.ballotId(), null);
        });
        List<CompletableFuture<Outcome>> answers = queueBehindTheFirst(batches, votes(4));

        assertThat(answers.get(1).get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Applied.class);
        assertThat(answers.get(3).get(10, TimeUnit.SECONDS)).isInstanceOf(Outcome.Applied.class);
        assertThat(answers.get(2)).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .withRootCauseInstanceOf(IllegalStateException.class);
        assertThat(journal.subList(4, journal.size())).containsExactly("begin", "savepoint", "vote 1", "savepoint",
                "vote 2", "rollback", "begin", "vote 1", "written", "commit", "begin", "vote 2", "rollback", "begin",
                "vote 3", "written", "commit");
    }

    /** The pipeline's locked step as the test plays it: given the vote and its number. */
    @FunctionalInterface
    private interface Play {
        Outcome run(SittingCommand.CastBallot vote, int number);
    }

    /** The journal also says "written" where a run writes what its votes made, once per transaction. */
    private VoteBatches batches(Play play) {
        return batches(play, () -> {
        });
    }

    /** @param locking what taking the sitting's lock does besides, as each transaction begins */
    private VoteBatches batches(Play play, Runnable locking) {
        TransactionTemplate transactions = new TransactionTemplate(new RecordedTransactions());
        return new VoteBatches(turns, transactions, sittingId -> {
            locking.run();
            return new VoteBatches.Run() {
                private final List<Outcome> ran = new ArrayList<>();

                @Override
                public void run(Actor actor, SittingCommand command, String key) {
                    SittingCommand.CastBallot vote = (SittingCommand.CastBallot) command;
                    int number = Integer.parseInt(vote.choice().substring("vote ".length()));
                    journal.add(vote.choice());
                    if (number == 0) {
                        awaitLatch(firstMayEnd);
                    }
                    ran.add(play.run(vote, number));
                }

                @Override
                public List<Outcome> finish() {
                    journal.add("written");
                    return ran;
                }
            };
        }, 100);
    }

    /**
     * The first vote takes the turn and holds it until every other one waits behind it, each queued after the one
     * before; then the first ends.
     */
    private List<CompletableFuture<Outcome>> queueBehindTheFirst(VoteBatches batches,
            List<SittingCommand.CastBallot> votes) {
        List<CompletableFuture<Outcome>> answers = new ArrayList<>();
        answers.add(CompletableFuture.supplyAsync(() -> batches.run(null, votes.getFirst(), sitting, null), threads));
        await().atMost(Duration.ofSeconds(10)).until(() -> journal.contains("vote 0"));
        for (int i = 1; i < votes.size(); i++) {
            SittingCommand.CastBallot vote = votes.get(i);
            answers.add(CompletableFuture.supplyAsync(() -> batches.run(null, vote, sitting, null), threads));
            int waiting = i;
            await().atMost(Duration.ofSeconds(10)).until(() -> batches.waiting() == waiting);
        }
        firstMayEnd.countDown();
        return answers;
    }

    /** Votes told apart by their choice, which names them ("vote 3"): the recorded step reads it back. */
    private List<SittingCommand.CastBallot> votes(int count) {
        return IntStream.range(0, count).mapToObj(i -> new SittingCommand.CastBallot(sitting, UUID.randomUUID(),
                "vote " + i, List.of())).toList();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the first vote was never let go");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Transactions that only say what happened to them, with savepoints. */
    private final class RecordedTransactions implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            journal.add("begin");
            return new SimpleTransactionStatus() {
                @Override
                protected SavepointManager getSavepointManager() {
                    return new SavepointManager() {
                        @Override
                        public Object createSavepoint() {
                            journal.add("savepoint");
                            return new Object();
                        }

                        @Override
                        public void rollbackToSavepoint(Object savepoint) {
                            journal.add("undo");
                        }

                        @Override
                        public void releaseSavepoint(Object savepoint) {
                        }
                    };
                }
            };
        }

        @Override
        public void commit(TransactionStatus status) {
            journal.add("commit");
        }

        @Override
        public void rollback(TransactionStatus status) {
            journal.add("rollback");
        }
    }
}
