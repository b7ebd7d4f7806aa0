package vn.hopso.meeting.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.access.Audience;
import vn.hopso.meeting.support.TestRedis;

/** The contract against a real Redis, plus what only several nodes can show. */
class RedisEventBusTest extends EventBusContract {

    private static final RedisClient CLIENT = TestRedis.client();
    private final String channel = "hopso:test:" + UUID.randomUUID();

    @Override
    protected EventBus createBus() {
        return new RedisEventBus(CLIENT, channel);
    }

    @Test
    void anEventPublishedOnOneNodeReachesListenersOnAnother() {
        EventBus nodeA = bus();
        EventBus nodeB = bus();
        List<BusEvent> onB = new CopyOnWriteArrayList<>();
        nodeB.subscribe(onB::add);
        BusEvent event = new BusEvent(UUID.randomUUID(), 3, Audience.EVERYONE, "{\"type\":\"agenda.current\"}");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
            nodeA.publish(event);
            return onB.contains(event);
        });
    }

    @Test
    void malformedMessagesOnTheChannelAreIgnored() {
        assertThat(RedisEventBus.decode("not a bus message")).isNull();
        assertThat(RedisEventBus.decode("0b7c6d9e-1d1f-4c35-9f0a-5b3c1e2d4f60 x EVERYONE {}")).isNull();
        BusEvent decoded = RedisEventBus.decode("0b7c6d9e-1d1f-4c35-9f0a-5b3c1e2d4f60 5 STAFF {\"a\": \"b c\"}");
        assertThat(decoded).isEqualTo(new BusEvent(UUID.fromString("0b7c6d9e-1d1f-4c35-9f0a-5b3c1e2d4f60"), 5,
                Audience.STAFF, "{\"a\": \"b c\"}"));
    }
}
