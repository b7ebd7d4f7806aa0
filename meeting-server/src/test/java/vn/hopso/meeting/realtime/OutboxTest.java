package vn.hopso.meeting.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Test
    void framesGoOutInOrderEvenWhenTheNetworkTakesEachAtOnce() {
        RecordingRemote remote = new RecordingRemote(true);
        Outbox outbox = new Outbox(remote, 1_000_000, failures::add);
        IntStream.range(0, 10_000).forEach(i -> outbox.offer("frame " + i));
        assertThat(remote.sent).hasSize(10_000).startsWith("frame 0", "frame 1").endsWith("frame 9999");
        assertThat(failures).isEmpty();
    }

    @Test
    void aClientThatStopsReadingIsGivenUpOnAtTheLimitWithoutBlockingTheSender() {
        RecordingRemote remote = new RecordingRemote(false);
        Outbox outbox = new Outbox(remote, 100, failures::add);
        assertThat(outbox.offer("a".repeat(60))).isTrue();
        assertThat(outbox.offer("b".repeat(30))).isTrue();
        assertThat(outbox.offer("c".repeat(30))).isFalse();
        assertThat(failures).hasSize(1);
        assertThat(outbox.offer("d")).isFalse();
        // Only the first frame ever reached the network; the rest waited and were dropped with the client.
        assertThat(remote.sent).containsExactly("a".repeat(60));
    }

    @Test
    void queuedFramesFollowOnceTheClientReadsAgainAndALastActionRunsAfterThem() {
        RecordingRemote remote = new RecordingRemote(false);
        Outbox outbox = new Outbox(remote, 1_000, failures::add);
        List<String> closed = new CopyOnWriteArrayList<>();
        outbox.offer("one");
        outbox.offer("two");
        outbox.then(() -> closed.add("closed after " + remote.sent.size()));
        outbox.offer("three");
        assertThat(remote.sent).containsExactly("one");
        remote.startReading();
        org.awaitility.Awaitility.await().until(() -> !closed.isEmpty());
        assertThat(remote.sent).containsExactly("one", "two", "three");
        assertThat(closed.getFirst()).isIn("closed after 2", "closed after 3");
    }

    @Test
    void aPingGoesOnlyWhenNothingIsOnItsWay() {
        RecordingRemote remote = new RecordingRemote(false);
        Outbox outbox = new Outbox(remote, 1_000, failures::add);
        outbox.pingIfIdle();
        assertThat(remote.pings()).isEqualTo(1);
        outbox.offer("busy");
        outbox.pingIfIdle();
        assertThat(remote.pings()).isEqualTo(1);
    }
}
