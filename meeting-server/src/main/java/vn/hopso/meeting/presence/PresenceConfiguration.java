package vn.hopso.meeting.presence;

import io.lettuce.core.RedisClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.HopsoProperties;

/** Redis presence when {@code hopso.redis.uri} is set, otherwise this node's own. */
@Configuration(proxyBeanMethods = false)
class PresenceConfiguration {

    @Bean
    Presence presence(HopsoProperties properties, ObjectProvider<RedisClient> redis) {
        if (properties.redis().configured()) {
            return new RedisPresence(redis.getObject(), properties.redis().prefix() + "presence:");
        }
        return new InMemoryPresence();
    }
}
