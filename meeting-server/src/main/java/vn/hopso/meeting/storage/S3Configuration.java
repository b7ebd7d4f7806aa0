package vn.hopso.meeting.storage;

import io.minio.Http;
import io.minio.MinioClient;
import java.time.Duration;
import okhttp3.Dispatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.ConditionalOnSetting;
import vn.hopso.meeting.config.HopsoProperties;

/** Object storage through the MinIO SDK when {@code hopso.s3.endpoint} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSetting("hopso.s3.endpoint")
class S3Configuration {

    /** A storage host that does not answer should turn health DOWN in seconds, not after OkHttp's five minutes. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** Reads and writes keep the SDK's generous default: a large document on a slow hall network takes its time. */
    private static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(5);

    /**
     * Requests to the storage host at once. The SDK's blocking calls wait on OkHttp's asynchronous ones, whose
     * dispatcher runs five per host by default: a hundred delegates opening a document would queue five by five.
     */
    static final int REQUESTS_AT_ONCE = 64;

    @Bean
    MinioClient minioClient(HopsoProperties properties) {
        HopsoProperties.S3 s3 = properties.s3();
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(REQUESTS_AT_ONCE);
        dispatcher.setMaxRequestsPerHost(REQUESTS_AT_ONCE);
        MinioClient.Builder builder = MinioClient.builder().endpoint(s3.endpoint()).region(s3.region())
                .httpClient(Http.newDefaultClient().newBuilder().dispatcher(dispatcher).build());
        if (s3.accessKey() != null && s3.secretKey() != null) {
            builder.credentials(s3.accessKey(), s3.secretKey());
        }
        MinioClient client = builder.build();
        client.setTimeout(CONNECT_TIMEOUT.toMillis(), TRANSFER_TIMEOUT.toMillis(), TRANSFER_TIMEOUT.toMillis());
        return client;
    }

    @Bean
    S3HealthIndicator s3HealthIndicator(MinioClient client, HopsoProperties properties) {
        return new S3HealthIndicator(client, properties.s3().bucket());
    }
}
