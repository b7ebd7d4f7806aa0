package vn.hopso.meeting.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Redis answers PING and this node's bus is subscribed again: reported under {@code /actuator/health} as the
 * {@code redis} component. Down means other nodes learn of this node's changes only from the log (at their
 * heartbeat), and this one of theirs; this node keeps serving.
 */
class RedisHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private final RedisClient client;
    private final EventBus bus;
    private volatile StatefulRedisConnection<String, String> connection;

    RedisHealthIndicator(RedisClient client, EventBus bus) {
        this.client = client;
        this.bus = bus;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String ping = connection().sync().ping();
        if (bus.listening()) {
            builder.up().withDetail("ping", ping);
        } else {
            builder.down().withDetail("ping", ping).withDetail("bus", "subscribing again");
        }
    }

    /** One connection, opened on the first check and kept: it re-connects by itself after an outage. */
    private synchronized StatefulRedisConnection<String, String> connection() {
        if (connection == null) {
            connection = client.connect();
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
