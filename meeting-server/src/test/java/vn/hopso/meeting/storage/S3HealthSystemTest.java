package vn.hopso.meeting.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;

/** The server configured with a real S3 endpoint (S3Proxy) reports it as the {@code s3} health component. */
class S3HealthSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-tai-lieu";

    /** Started while the class initialises, so before the Spring context reads its endpoint below. */
    private static final TestS3 S3 = TestS3.start();

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        registry.add("hopso.s3.endpoint", S3::endpoint);
        registry.add("hopso.s3.access-key", () -> TestS3.ACCESS_KEY);
        registry.add("hopso.s3.secret-key", () -> TestS3.SECRET_KEY);
        registry.add("hopso.s3.bucket", () -> BUCKET);
    }

    @BeforeAll
    static void createBucket() {
        S3.createBucket(BUCKET);
    }

    @AfterAll
    static void stopS3() {
        S3.close();
    }

    @Test
    void healthShowsTheStorageUpWithItsBucket() {
        Fixtures.TestUser admin = fixtures().systemAdmin(fixtures().council("HĐND tỉnh thử kho tài liệu"));
        try (ApiClient staff = login(admin)) {
            JsonNode s3 = staff.get("/actuator/health").body().get("components").get("s3");
            assertThat(s3.get("status").asString()).isEqualTo("UP");
            assertThat(s3.get("details").get("bucket").asString()).isEqualTo(BUCKET);
            assertThat(s3.get("details").get("exists").asBoolean()).isTrue();
        }
        try (ApiClient anonymous = new ApiClient(port)) {
            JsonNode health = anonymous.get("/actuator/health").body();
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.has("components")).as("components only for a system administrator").isFalse();
        }
    }

    @Test
    void aMissingBucketIsReportedAndNotCreated() throws Exception {
        try (MinioClient client = S3.client()) {
            Health health = new S3HealthIndicator(client, "chua-tao").health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("bucket", "chua-tao").containsEntry("exists", false);
            assertThat(client.bucketExists(BucketExistsArgs.builder().bucket("chua-tao").build())).isFalse();
        }
    }
}
