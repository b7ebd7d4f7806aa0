package vn.hopso.meeting.storage;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The object storage answers and says whether HọpSố's bucket exists: reported under {@code /actuator/health} as the
 * {@code s3} component. It only looks: a missing bucket is reported, never created here.
 */
class S3HealthIndicator extends AbstractHealthIndicator {

    private final MinioClient client;
    private final String bucket;

    S3HealthIndicator(MinioClient client, String bucket) {
        super("S3 health check failed");
        this.client = client;
        this.bucket = bucket;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        boolean exists = client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        builder.up().withDetail("bucket", bucket).withDetail("exists", exists);
    }
}
