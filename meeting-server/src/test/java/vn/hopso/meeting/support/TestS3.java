package vn.hopso.meeting.support;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real S3 endpoint for tests: S3Proxy on 127.0.0.1 (a port of its own choosing) over an in-memory blob store, with
 * signed requests, so the MinIO SDK talks to it as it would to MinIO. Test scope only: S3Proxy is far too heavy for the
 * production jar. Start one per test class and close it after the class.
 */
public final class TestS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "hopso-test";
    public static final String SECRET_KEY = "hopso-test-secret";
    public static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private final BlobStore store;

    private TestS3(S3Proxy proxy, BlobStore store) {
        this.proxy = proxy;
        this.store = store;
    }

    public static TestS3 start() {
        BlobStore store = new TransientNio2BlobStore();
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start(); // Jetty's start returns once the connector listens
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        if (!"STARTED".equals(proxy.getState())) {
            throw new IllegalStateException("S3Proxy is " + proxy.getState() + " after start");
        }
        return new TestS3(proxy, store);
    }

    /** Points the server under test at this endpoint and its {@code bucket} (create the bucket before use). */
    public void serve(DynamicPropertyRegistry registry, String bucket) {
        registry.add("hopso.s3.endpoint", this::endpoint);
        registry.add("hopso.s3.access-key", () -> ACCESS_KEY);
        registry.add("hopso.s3.secret-key", () -> SECRET_KEY);
        registry.add("hopso.s3.bucket", () -> bucket);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** A client of its own, signed with the test credentials; close it after use. */
    public MinioClient client() {
        return MinioClient.builder().endpoint(endpoint()).credentials(ACCESS_KEY, SECRET_KEY).region(REGION).build();
    }

    public void createBucket(String bucket) {
        try (MinioClient client = client()) {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            throw new IllegalStateException("could not create bucket " + bucket, e);
        }
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        } finally {
            store.close();
        }
    }
}
