package vn.hopso.meeting.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hopso.meeting.access.Audience;

/**
 * Fan-out between nodes over Redis pub/sub. A message is {@code sittingId seq audience frame}, space separated, the
 * frame last so it may contain anything.
 */
public final class RedisEventBus implements EventBus {

    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);

    private final String channel;
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final List<Consumer<BusEvent>> listeners = new CopyOnWriteArrayList<>();

    public RedisEventBus(RedisClient client, String channel) {
        this.channel = channel;
        this.publisher = client.connect();
        this.subscriber = client.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                BusEvent event = decode(message);
                if (event != null) {
                    listeners.forEach(listener -> InProcessEventBus.deliver(listener, event));
                }
            }
        });
        subscriber.sync().subscribe(channel);
    }

    @Override
    public void publish(BusEvent event) {
        String message = event.sittingId() + " " + event.seq() + " " + event.audience() + " " + event.frame();
        publisher.async().publish(channel, message).exceptionally(e -> {
            log.warn("Could not publish {} #{} to Redis; other nodes will read it from the log", event.sittingId(),
                    event.seq(), e);
            return 0L;
        });
    }

    @Override
    public void subscribe(Consumer<BusEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
    }

    static @org.jspecify.annotations.Nullable BusEvent decode(String message) {
        String[] parts = message.split(" ", 4);
        try {
            return new BusEvent(UUID.fromString(parts[0]), Long.parseLong(parts[1]), Audience.valueOf(parts[2]), parts[3]);
        } catch (RuntimeException e) {
            log.warn("Ignoring a malformed bus message: {}", message.length() > 80 ? message.substring(0, 80) : message);
            return null;
        }
    }
}
