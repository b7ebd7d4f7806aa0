package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.minio.MinioClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.bus.EventBus;
import vn.hopso.meeting.bus.InProcessEventBus;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;

/**
 * A setting given with an empty value ({@code HOPSO_REDIS_URI=} in a service file, {@code hopso.s3.endpoint=} in
 * application.properties) means "none", as if it were not there: one node with its in-process bus, no object storage.
 */
@TestPropertySource(properties = {"hopso.redis.uri=", "hopso.s3.endpoint="})
class EmptyServiceSettingsSystemTest extends ServerTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void emptyRedisAndStorageSettingsStartOneNodeWithTheInProcessBus() {
        assertThat(context.getBean(EventBus.class)).isInstanceOf(InProcessEventBus.class);
        assertThat(context.getBeanNamesForType(RedisClient.class)).isEmpty();
        assertThat(context.getBeanNamesForType(MinioClient.class)).isEmpty();

        Fixtures.TestUser admin = fixtures().systemAdmin(fixtures().council("HĐND tỉnh cấu hình trống"));
        try (ApiClient staff = login(admin)) {
            assertThat(staff.get("/api/me").status()).isEqualTo(200);
            JsonNode health = staff.get("/actuator/health").body();
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").propertyNames()).contains("db").doesNotContain("redis", "s3");
        }
    }
}
