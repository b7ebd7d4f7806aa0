package vn.hopso.meeting.bus;

import io.lettuce.core.RedisClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.HopsoProperties;

/** Redis when {@code hopso.redis.uri} is set (several nodes), otherwise the in-process bus (one node). */
@Configuration(proxyBeanMethods = false)
class BusConfiguration {

    @Bean(destroyMethod = "close")
    EventBus eventBus(HopsoProperties properties, org.springframework.beans.factory.ObjectProvider<RedisClient> redis) {
        if (properties.redis().configured()) {
            return new RedisEventBus(redis.getObject(), properties.redis().prefix() + "sitting-events");
        }
        return new InProcessEventBus();
    }
}
