package vn.hopso.meeting.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.domain.Refused;

class SittingTurnsTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final UUID sitting = UUID.randomUUID();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void commandsOfOneSittingRunOneAtATimeAndTheTurnsAreForgottenAfterwards() throws Exception {
        SittingTurns turns = new SittingTurns(Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<?>[] commands = new CompletableFuture<?>[40];
        for (int i = 0; i < commands.length; i++) {
            commands[i] = CompletableFuture.runAsync(() -> {
                await(go);
                turns.inTurn(sitting, () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    for (int spin = 0; spin < 100_000; spin++) {
                        Thread.onSpinWait();
                    }
                    return running.decrementAndGet();
                });
            }, threads);
        }
        go.countDown();
        CompletableFuture.allOf(commands).get(30, TimeUnit.SECONDS);
        assertThat(most.get()).isEqualTo(1);
        assertThat(turns.sittingsInUse()).isZero();
    }

    @Test
    void anotherSittingDoesNotWaitAndACommandThatWaitsTooLongIsRefusedAsBusy() throws Exception {
        SittingTurns turns = new SittingTurns(Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> turns.inTurn(sitting, () -> {
            holding.countDown();
            await(release);
            return "done";
        }), threads);
        await(holding);
        assertThat(turns.waiting()).as("the one running is not waiting").isZero();

        assertThat(turns.inTurn(UUID.randomUUID(), () -> "other sitting")).isEqualTo("other sitting");
        assertThatThrownBy(() -> turns.inTurn(sitting, () -> "never")).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal().code()).isEqualTo("sitting_busy");

        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(turns.sittingsInUse()).as("the refused command left its turn too").isZero();
        assertThat(turns.waiting()).isZero();
    }

    @Test
    void aCommandWaitingForItsTurnIsCountedUntilItRuns() throws Exception {
        SittingTurns turns = new SittingTurns(Duration.ofSeconds(30));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> turns.inTurn(sitting, () -> {
            holding.countDown();
            await(release);
            return "first";
        }), threads);
        await(holding);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> turns.inTurn(sitting, () -> "second"),
                threads);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> turns.waiting() == 1);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(turns.waiting()).isZero();
    }

    @Test
    void aCommandThatFailsGivesTheTurnBack() {
        SittingTurns turns = new SittingTurns(Duration.ofMillis(100));
        assertThatThrownBy(() -> turns.inTurn(sitting, () -> {
            throw new IllegalStateException("the handler failed");
        })).hasMessage("the handler failed");
        assertThat(turns.inTurn(sitting, () -> "next")).isEqualTo("next");
        assertThat(turns.sittingsInUse()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the latch was not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
