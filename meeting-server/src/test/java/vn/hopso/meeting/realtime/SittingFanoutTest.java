package vn.hopso.meeting.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.web.socket.WebSocketSession;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.InProcessEventBus;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.eventlog.StoredEvent;

/** This node's fan-out, with the log as a stand-in: ordering, gaps and slow clients, deterministically. */
class SittingFanoutTest {

    private final UUID sitting = UUID.randomUUID();
    private final InProcessEventBus bus = new InProcessEventBus();
    private final SittingEventLog log = mock(SittingEventLog.class);
    private final SittingFanout fanout = new SittingFanout(bus, log, properties(Map.of("hopso.realtime.fanout-threads",
            "1")), new SimpleMeterRegistry());

    @AfterEach
    void stop() {
        fanout.destroy();
    }

    @Test
    void anEventCommittedWhileANewSubscriberReplaysReachesItOnlyAfterItsSubscribedFrame() throws Exception {
        RecordingRemote remote = new RecordingRemote(true);
        Subscription subscription = subscriptionOf(remote);
        CountDownLatch replaying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread subscriber = Thread.ofPlatform().start(() -> fanout.subscribe(subscription, () -> {
            replaying.countDown();
            awaitLatch(release);
            subscription.connection().send("replayed 5");
            subscription.resumeAfter(5);
            subscription.connection().send("subscribed at 5");
            return 5;
        }));
        assertThat(replaying.await(5, TimeUnit.SECONDS)).isTrue();

        bus.publish(event(6));
        // The live event is held at the sitting's channel until the replay is done.
        await().until(() -> intakeThread().getState() == Thread.State.BLOCKED);
        release.countDown();
        subscriber.join();

        await().until(() -> remote.sent.size() == 3);
        assertThat(remote.sent).containsExactly("replayed 5", "subscribed at 5", "live 6");
    }

    @Test
    void aFinalEventWhoseBusMessageWasLostIsDeliveredWhenTheHeartbeatComparesWithTheLog() {
        RecordingRemote remote = new RecordingRemote(true);
        subscribeAt(subscriptionOf(remote), 5);
        bus.publish(event(6));
        await().until(() -> remote.sent.contains("live 6"));
        // Event 7 was committed, but its bus message never came (Redis down, or its node died before publishing).
        when(log.between(eq(sitting), eq(6L), eq(7L), anyInt())).thenReturn(List.of(stored(7)));

        fanout.catchUp(Map.of(sitting, 7L));

        await().until(() -> remote.sent.contains("live 7"));
        assertThat(remote.sent).containsExactly("live 6", "live 7");
    }

    @Test
    void aGapIsReadFromTheLogOnceForEverySubscriberOfTheNode() {
        List<RecordingRemote> remotes = LongStream.range(0, 50).mapToObj(i -> new RecordingRemote(true)).toList();
        remotes.forEach(remote -> subscribeAt(subscriptionOf(remote), 5));
        when(log.between(eq(sitting), eq(5L), eq(8L), anyInt())).thenReturn(List.of(stored(6), stored(7), stored(8)));

        bus.publish(event(9));

        await().until(() -> remotes.stream().allMatch(remote -> remote.sent.size() == 4));
        assertThat(remotes.getFirst().sent).containsExactly("live 6", "live 7", "live 8", "live 9");
        verify(log, times(1)).between(eq(sitting), anyLong(), anyLong(), anyInt());
    }

    @Test
    void aClientThatStopsReadingDelaysNoOneOnItsLaneAndIsDisconnectedAtItsLimit() {
        RecordingRemote stalled = new RecordingRemote(false);
        RecordingRemote reading = new RecordingRemote(true);
        WebSocketSession stalledSession = session();
        subscribeAt(new Subscription(connection(stalled, stalledSession), sitting, viewer(), fanout.assignLane()), 0);
        subscribeAt(subscriptionOf(reading), 0);

        LongStream.rangeClosed(1, 2_000).forEach(seq -> bus.publish(event(seq)));

        await().until(() -> reading.sent.size() == 2_000);
        assertThat(stalled.sent).hasSize(1);
        await().untilAsserted(() -> verify(stalledSession).close(Connection.TOO_SLOW));
    }

    private void subscribeAt(Subscription subscription, long seq) {
        fanout.subscribe(subscription, () -> {
            subscription.resumeAfter(seq);
            return seq;
        });
    }

    private Subscription subscriptionOf(RecordingRemote remote) {
        return new Subscription(connection(remote, session()), sitting, viewer(), fanout.assignLane());
    }

    private static Connection connection(RecordingRemote remote, WebSocketSession session) {
        Instant now = Instant.now();
        return new Connection(session, remote, UUID.randomUUID(), "session", new FrameBudget(5, 30, now),
                new FrameAssembly(16_384, 17_408), 16_384, now);
    }

    private static WebSocketSession session() {
        WebSocketSession session = mock(WebSocketSession.class);
        when(session.isOpen()).thenReturn(true);
        when(session.getId()).thenReturn(UUID.randomUUID().toString());
        return session;
    }

    private static Viewer viewer() {
        return new Viewer(UUID.randomUUID(), Clearance.MEMBER, Set.of(Role.DELEGATE));
    }

    private BusEvent event(long seq) {
        return new BusEvent(sitting, seq, Recipients.everyone(), "live " + seq);
    }

    private static StoredEvent stored(long seq) {
        return new StoredEvent(seq, Recipients.everyone(), "live " + seq);
    }

    private Thread intakeThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(fanout.intakeThreadName())).findFirst().orElseThrow();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HopsoProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("hopso", HopsoProperties.class);
    }
}
