package vn.hopso.meeting.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Applies when the named setting has a value that is not blank. Unlike {@code @ConditionalOnProperty}, an empty
 * value ({@code hopso.redis.uri=}, or {@code HOPSO_REDIS_URI=} in a service file) counts as not set.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(SettingGivenCondition.class)
public @interface ConditionalOnSetting {

    /** The setting's full name, e.g. {@code hopso.redis.uri}. */
    String value();
}
