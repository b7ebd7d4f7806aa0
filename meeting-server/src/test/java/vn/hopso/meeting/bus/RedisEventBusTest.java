package vn.hopso.meeting.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.UploadStage;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.PrivateRedis;
import vn.hopso.meeting.support.TestRedis;

/** The contract against a real Redis, plus what only several nodes can show. */
class RedisEventBusTest extends EventBusContract {

    private static final RedisClient CLIENT = TestRedis.client();
    private final String channel = "hopso-test:" + UUID.randomUUID();

    @Override
    protected EventBus createBus() {
        return new RedisEventBus(CLIENT, channel);
    }

    @Test
    void eventsAndNoticesPublishedOnOneNodeReachAnotherAndComeBackToNoOne() {
        EventBus nodeA = bus();
        EventBus nodeB = bus();
        Heard onA = new Heard();
        Heard onB = new Heard();
        nodeA.subscribe(onA);
        nodeB.subscribe(onB);
        BusEvent event = new BusEvent(UUID.randomUUID(), 3, Recipients.holders(Role.CHAIR),
                "{\"type\":\"agenda.current\"}");
        Notice notice = new Notice.SessionEnded("session-1");
        nodeA.publish(event);
        nodeA.publish(notice);
        await().atMost(Duration.ofSeconds(5)).until(() -> onB.events.contains(event) && onB.notices.contains(notice));
        // Node A heard it once, in-process; its own copy coming back over Redis is not delivered again.
        BusEvent marker = new BusEvent(UUID.randomUUID(), 1, Recipients.everyone(), "{}");
        nodeA.publish(marker);
        await().atMost(Duration.ofSeconds(5)).until(() -> onB.events.contains(marker));
        assertThat(onA.events).containsExactly(event, marker);
        assertThat(onA.notices).containsExactly(notice);
    }

    @Test
    void everyKindOfNoticeCrossesToAnotherNodeUnchanged() {
        EventBus nodeA = bus();
        EventBus nodeB = bus();
        Heard onB = new Heard();
        nodeB.subscribe(onB);
        List<Notice> notices = List.of(new Notice.SessionEnded("session-2"),
                new Notice.AccountSessionsEnded(UUID.randomUUID(), "kept"),
                new Notice.AccountSessionsEnded(UUID.randomUUID(), null), new Notice.RolesChanged(UUID.randomUUID()),
                new Notice.SittingAccessChanged(UUID.randomUUID()),
                new Notice.OrganisationChanged(UUID.randomUUID(), OrganisationList.SITES),
                new Notice.OrganisationChanged(UUID.randomUUID(), OrganisationList.SITTINGS),
                new Notice.UploadProgress(UUID.randomUUID(), UUID.randomUUID(), UploadStage.READING, 7, 200),
                new Notice.UploadProgress(UUID.randomUUID(), UUID.randomUUID(), UploadStage.WAITING, 0, 0));
        notices.forEach(nodeA::publish);
        await().atMost(Duration.ofSeconds(5)).until(() -> onB.notices.size() == notices.size());
        assertThat(onB.notices).containsExactlyElementsOf(notices);
    }

    @Test
    void whileRedisIsDownANodeStillHearsItselfAndPublishingNeverFails() {
        try (PrivateRedis redis = new PrivateRedis()) {
            RedisClient client = RedisClient.create(redis.uri());
            client.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
            try (RedisEventBus bus = new RedisEventBus(client, channel)) {
                Heard heard = new Heard();
                bus.subscribe(heard);
                redis.stop();
                BusEvent event = new BusEvent(UUID.randomUUID(), 9, Recipients.everyone(), "{}");
                bus.publish(event);
                bus.publish(new Notice.RolesChanged(UUID.randomUUID()));
                assertThat(heard.events).containsExactly(event);
                assertThat(heard.notices).hasSize(1);
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void aNodeListensOnlyWhileItsSubscriptionStandsAndItsHealthSaysSo() {
        try (PrivateRedis redis = new PrivateRedis()) {
            RedisClient client = RedisClient.create(redis.uri());
            client.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
            try (RedisEventBus bus = new RedisEventBus(client, channel);
                    RedisHealthIndicator health = new RedisHealthIndicator(client, bus)) {
                assertThat(bus.listening()).isTrue();
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                redis.stop();
                await().atMost(Duration.ofSeconds(10)).until(() -> !bus.listening());
                assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                redis.start();
                await().atMost(Duration.ofSeconds(60)).until(bus::listening);
                // A connection of its own, opened after the restart: one kept from before would still be reconnecting.
                try (var observer = client.connect()) {
                    assertThat(subscribers(observer)).as("listening means Redis confirmed the subscription").isEqualTo(1);
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> health.health().getStatus().equals(Status.UP));
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void aRedisThatAnswersWhileTheBusIsNotSubscribedIsReportedDown() {
        EventBus deaf = new DeafBus();
        try (RedisHealthIndicator health = new RedisHealthIndicator(CLIENT, deaf)) {
            var reported = health.health();
            assertThat(reported.getStatus()).isEqualTo(Status.DOWN);
            assertThat(reported.getDetails()).containsEntry("ping", "PONG").containsEntry("bus", "subscribing again");
        }
    }

    /** A node's bus whose subscription is lost: what it would hear, it does not. */
    private static final class DeafBus implements EventBus {
        @Override
        public void publish(BusEvent event) {
        }

        @Override
        public void publish(Notice notice) {
        }

        @Override
        public void subscribe(BusListener listener) {
        }

        @Override
        public boolean listening() {
            return false;
        }

        @Override
        public void close() {
        }
    }

    private long subscribers(io.lettuce.core.api.StatefulRedisConnection<String, String> observer) {
        return observer.sync().pubsubNumsub(channel).get(channel);
    }

    @Test
    void malformedMessagesOnTheChannelAreIgnored() {
        for (String bad : List.of("not a bus message", "E not-a-uuid x y z", "E " + UUID.randomUUID() + " x 5 min:STAFF {}",
                "E " + UUID.randomUUID() + " " + UUID.randomUUID() + " 5 EVERYONE {}", "N " + UUID.randomUUID() + " king x",
                "X " + UUID.randomUUID() + " anything")) {
            assertThat(BusCodec.decode(bad)).as(bad).isEmpty();
        }
        UUID origin = UUID.randomUUID();
        BusEvent event = new BusEvent(UUID.randomUUID(), 5, Recipients.staff(), "{\"a\": \"b c\"}");
        assertThat(BusCodec.decode(BusCodec.encode(origin, event)))
                .contains(new BusCodec.ReceivedEvent(origin, event));
        Notice notice = new Notice.AccountSessionsEnded(UUID.randomUUID(), null);
        assertThat(BusCodec.decode(BusCodec.encode(origin, notice)))
                .contains(new BusCodec.ReceivedNotice(origin, notice));
    }
}
