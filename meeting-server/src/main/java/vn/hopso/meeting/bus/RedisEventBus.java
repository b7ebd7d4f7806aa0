package vn.hopso.meeting.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fan-out between nodes over Redis pub/sub. What this node publishes reaches its own listeners in-process first, so
 * its clients keep seeing changes while Redis is down; its own messages coming back over Redis are ignored. A publish
 * that fails (Redis down, the connection re-establishing) is logged and dropped: other nodes find the gap against the
 * log at their next heartbeat.
 */
public final class RedisEventBus implements EventBus {

    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);

    private final UUID origin = UUID.randomUUID();
    private final String channel;
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final List<BusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean listening;

    public RedisEventBus(RedisClient client, String channel) {
        this.channel = channel;
        this.publisher = client.connect();
        this.subscriber = client.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                received(message);
            }

            @Override
            public void subscribed(String to, long count) {
                if (channel.equals(to)) {
                    listening = true;
                }
            }
        });
        // Lost with the connection; Redis confirms the subscription again once the client has reconnected.
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (connection == subscriber) {
                    listening = false;
                }
            }
        });
        subscriber.sync().subscribe(channel);
        // The answer to SUBSCRIBE is Redis' confirmation; the listener above may hear of it only after this returns.
        listening = true;
    }

    /** Subscribed to the channel now: after an outage, only once Redis has confirmed the subscription again. */
    @Override
    public boolean listening() {
        return listening && subscriber.isOpen();
    }

    @Override
    public void publish(BusEvent event) {
        InProcessEventBus.deliver(listeners, listener -> listener.onEvent(event));
        send(BusCodec.encode(origin, event), event.sittingId() + " #" + event.seq());
    }

    @Override
    public void publish(Notice notice) {
        InProcessEventBus.deliver(listeners, listener -> listener.onNotice(notice));
        send(BusCodec.encode(origin, notice), notice.toString());
    }

    /** A failed publish is one line (no stack trace): while Redis is down every change would log one otherwise. */
    private void send(String message, String what) {
        try {
            publisher.async().publish(channel, message).exceptionally(e -> {
                log.warn("Could not publish {} to Redis ({}); other nodes will read it from the log", what, e.toString());
                return 0L;
            });
        } catch (RuntimeException e) {
            log.warn("Could not publish {} to Redis ({}); other nodes will read it from the log", what, e.toString());
        }
    }

    private void received(String message) {
        var received = BusCodec.decode(message);
        if (received.isEmpty()) {
            log.warn("Ignoring a malformed bus message: {}", message.length() > 80 ? message.substring(0, 80) : message);
            return;
        }
        if (received.get().origin().equals(origin)) {
            return;
        }
        switch (received.get()) {
            case BusCodec.ReceivedEvent e -> InProcessEventBus.deliver(listeners, listener -> listener.onEvent(e.event()));
            case BusCodec.ReceivedNotice n -> InProcessEventBus.deliver(listeners, listener -> listener.onNotice(n.notice()));
        }
    }

    @Override
    public void subscribe(BusListener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
    }
}
