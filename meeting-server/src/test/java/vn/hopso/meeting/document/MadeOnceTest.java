package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;

class MadeOnceTest {

    private final MadeOnce images = new MadeOnce();
    private final AtomicInteger renders = new AtomicInteger();
    private final CountDownLatch rendering = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void aCallForAPageBeingRenderedWaitsForThatImageInsteadOfRenderingItAgain() throws Exception {
        byte[] image = {1, 2, 3};
        CompletableFuture<Object> first = call("sha/p2/w800", () -> {
            holdUntilReleased();
            return image;
        });
        assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> second = callWhenParked("sha/p2/w800", () -> new byte[] {9});
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(image);
        assertThat(second.get(10, TimeUnit.SECONDS)).as("the image the first call rendered").isSameAs(image);
        assertThat(renders.get()).isEqualTo(1);
    }

    @Test
    void aRefusalOfTheRenderInProgressIsEveryWaitingCallersAndIsNotKept() throws Exception {
        CompletableFuture<Object> first = call("k", () -> {
            holdUntilReleased();
            throw new UnreadablePdf(PdfProblem.TOO_SLOW);
        });
        assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> second = callWhenParked("k", () -> new byte[] {7});
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(UnreadablePdf.class);
        assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(UnreadablePdf.class,
                refused -> assertThat(refused.problem()).isEqualTo(PdfProblem.TOO_SLOW));
        assertThat(renders.get()).isEqualTo(1);
        assertThat(images.once("k", () -> new byte[] {8})).as("the next call renders afresh").containsExactly(8);
    }

    @Test
    void callsOneAfterAnotherEachRenderAndOtherPagesNeverShare() throws Exception {
        assertThat(images.once("a", () -> new byte[] {(byte) renders.incrementAndGet()})).containsExactly(1);
        assertThat(images.once("a", () -> new byte[] {(byte) renders.incrementAndGet()})).containsExactly(2);
        assertThat(images.once("b", () -> new byte[] {5})).containsExactly(5);
    }

    /** A render in progress: it says it has begun, then holds until the test releases it. */
    private void holdUntilReleased() {
        rendering.countDown();
        try {
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks for the image on a thread of its own; its outcome is the image, or the refusal or failure it met. */
    private CompletableFuture<Object> call(String key, MadeOnce.Make render) {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                outcome.complete(images.once(key, () -> {
                    renders.incrementAndGet();
                    return render.bytes();
                }));
            } catch (UnreadablePdf | RuntimeException e) {
                outcome.complete(e);
            }
        });
        return outcome;
    }

    /** The same, returning once the call is parked waiting for the render in progress (it blocks nowhere else). */
    private CompletableFuture<Object> callWhenParked(String key, MadeOnce.Make render) {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().unstarted(() -> {
            try {
                outcome.complete(images.once(key, () -> {
                    renders.incrementAndGet();
                    return render.bytes();
                }));
            } catch (UnreadablePdf | RuntimeException e) {
                outcome.complete(e);
            }
        });
        caller.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (caller.getState() != Thread.State.WAITING && !outcome.isDone()) {
            assertThat(Instant.now()).as("the second call is waiting for the first").isBefore(deadline);
            Thread.onSpinWait();
        }
        return outcome;
    }
}
