package vn.hopso.meeting.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The names infra/run exports from the local object storage's {@code server.env} (written by infra/embedded-s3's
 * {@code EmbeddedS3.writeSettings}) are the ones Spring Boot binds to {@code hopso.s3.*} from the environment.
 */
class EmbeddedS3SettingsTest {

    @Test
    void theRunCommandsEnvironmentVariablesBindToTheObjectStorageSettings() {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        // In place of the process's own environment, which Spring Boot reads with its environment-variable mapping.
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "HOPSO_S3_ENDPOINT", "http://127.0.0.1:34283",
                "HOPSO_S3_BUCKET", "hopso",
                "HOPSO_S3_ACCESSKEY", "hopso-n7s718hpQ5jZ",
                "HOPSO_S3_SECRETKEY", "bi-mat")));
        HopsoProperties.S3 s3 = new Binder(ConfigurationPropertySources.get(environment))
                .bind("hopso.s3", HopsoProperties.S3.class).get();
        assertThat(s3.endpoint()).isEqualTo("http://127.0.0.1:34283");
        assertThat(s3.accessKey()).isEqualTo("hopso-n7s718hpQ5jZ");
        assertThat(s3.secretKey()).isEqualTo("bi-mat");
        assertThat(environment.getProperty("hopso.s3.endpoint")).as("what @ConditionalOnSetting reads")
                .isEqualTo("http://127.0.0.1:34283");
    }
}
