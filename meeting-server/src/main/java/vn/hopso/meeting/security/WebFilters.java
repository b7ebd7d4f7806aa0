package vn.hopso.meeting.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.login.domain.TrustedProxies;

/** The filters that run before Spring Session and Spring Security, in this order. */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    FilterRegistrationBean<ForwardedHeadersFilter> forwardedHeaders(HopsoProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new ForwardedHeadersFilter(TrustedProxies.of(properties.trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WellFormedOriginFilter> wellFormedOrigin(JsonErrors errors) {
        var registration = new FilterRegistrationBean<>(new WellFormedOriginFilter(errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
