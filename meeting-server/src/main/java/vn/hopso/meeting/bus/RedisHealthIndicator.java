package vn.hopso.meeting.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Redis answers PING: reported under {@code /actuator/health} as the {@code redis} component. */
class RedisHealthIndicator extends AbstractHealthIndicator {

    private final RedisClient client;

    RedisHealthIndicator(RedisClient client) {
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            builder.up().withDetail("ping", connection.sync().ping());
        }
    }
}
