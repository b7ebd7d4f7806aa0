package vn.hopso.meeting.config;

import java.util.Map;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The test behind {@link ConditionalOnSetting}: the setting is there and not blank. */
final class SettingGivenCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnSetting.class.getName());
        if (attributes == null) {
            return false;
        }
        String value = context.getEnvironment().getProperty((String) attributes.get("value"));
        return value != null && !value.isBlank();
    }
}
