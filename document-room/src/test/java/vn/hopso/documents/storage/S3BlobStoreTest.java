package vn.hopso.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content addressing against a real S3 endpoint (S3Proxy) through the MinIO SDK. */
class S3BlobStoreTest {

    private static TransientNio2BlobStore backing;
    private static S3Proxy proxy;
    private static MinioClient client;
    private static S3BlobStore store;

    @BeforeAll
    static void start() throws Exception {
        backing = new TransientNio2BlobStore();
        proxy = S3Proxy.builder().blobStore(backing).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "kho-thu", "bi-mat-thu").build();
        proxy.start();
        client = MinioClient.builder().endpoint("http://127.0.0.1:" + proxy.getPort())
                .credentials("kho-thu", "bi-mat-thu").region("us-east-1").build();
        client.makeBucket(MakeBucketArgs.builder().bucket("hopso").build());
        store = new S3BlobStore(client, "hopso");
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        proxy.stop();
        backing.close();
    }

    @Test
    void theSameBytesAreStoredOnceUnderTheirDigestAndDerivedFilesBesideThem() throws Exception {
        byte[] content = "Tờ trình số 12 – Ngân sách 2026".getBytes(StandardCharsets.UTF_8);
        String digest = store.putOriginal(content);
        assertThat(store.putOriginal(content.clone())).isEqualTo(digest);
        assertThat(digest).isEqualTo(S3BlobStore.sha256(content)).hasSize(64);
        store.putDerived(digest, "page-1-w800.png", new byte[] {1, 2, 3}, "image/png");
        assertThat(keys()).contains("originals/" + digest, "derived/" + digest + "/page-1-w800.png");
        assertThat(keys().stream().filter(k -> k.startsWith("originals/" + digest)).count()).isEqualTo(1);
        assertThat(store.original(digest)).hasValue(content);
        assertThat(store.derived(digest, "page-1-w800.png")).hasValue(new byte[] {1, 2, 3});
    }

    @Test
    void whatWasNeverStoredIsEmptyAndNoKeyCanBeMadeFromOtherText() {
        assertThat(store.original("0".repeat(64))).isEmpty();
        assertThat(store.derived("0".repeat(64), "page-1.png")).isEmpty();
        assertThatThrownBy(() -> store.original("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.derived("0".repeat(64), "../x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> keys() throws Exception {
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket("hopso").recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }
}
