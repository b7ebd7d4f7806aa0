package vn.hopso.meeting.bus;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.ConditionalOnSetting;
import vn.hopso.meeting.config.HopsoProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnSetting("hopso.redis.uri")
class RedisConfiguration {

    /** A command to a Redis that does not answer fails after this, rather than holding a request or a heartbeat. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    /**
     * While Redis is unreachable, commands fail at once instead of queueing in memory; the client reconnects (and
     * re-subscribes) on its own, and what was missed meanwhile is read from the log.
     */
    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(HopsoProperties properties) {
        RedisURI uri = RedisURI.create(properties.redis().uri());
        uri.setTimeout(COMMAND_TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(COMMAND_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build());
        return client;
    }

    @Bean(destroyMethod = "close")
    RedisHealthIndicator redisHealthIndicator(RedisClient client, EventBus bus) {
        return new RedisHealthIndicator(client, bus);
    }
}
