package vn.hopso.meeting.bus;

import io.lettuce.core.RedisClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.ConditionalOnSetting;
import vn.hopso.meeting.config.HopsoProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnSetting("hopso.redis.uri")
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
