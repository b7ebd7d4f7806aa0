package vn.hopso.meeting.bus;

import io.lettuce.core.RedisClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.HopsoProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hopso.redis", name = "uri")
class RedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(HopsoProperties properties) {
        return RedisClient.create(properties.redis().uri());
    }

    @Bean
    RedisHealthIndicator redisHealthIndicator(RedisClient client) {
        return new RedisHealthIndicator(client);
    }
}
