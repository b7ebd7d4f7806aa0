package vn.hopso.embeddeds3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local endpoint keeps objects on disk across restarts, with the same keys, and refuses unsigned or wrong ones. */
class LocalS3Test {

    private static final byte[] CONTENT = "Tờ trình số 12 – Ngân sách 2026".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void objectsAndCredentialsOutliveARestart() throws Exception {
        Credentials first = Credentials.loadOrCreate(folder.resolve("credentials"));
        try (LocalS3 s3 = LocalS3.start(folder, "hopso", first); MinioClient client = client(s3, first)) {
            assertThat(s3.endpoint()).startsWith("http://127.0.0.1:");
            client.putObject(PutObjectArgs.builder().bucket("hopso").object("a/b")
                    .stream(new ByteArrayInputStream(CONTENT), (long) CONTENT.length, -1L).build());
        }
        Credentials again = Credentials.loadOrCreate(folder.resolve("credentials"));
        assertThat(again).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(folder.resolve("credentials")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (LocalS3 s3 = LocalS3.start(folder, "hopso", again); MinioClient client = client(s3, again);
                var in = client.getObject(GetObjectArgs.builder().bucket("hopso").object("a/b").build())) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @Test
    void aWrongSecretIsRefused() throws Exception {
        Credentials credentials = Credentials.loadOrCreate(folder.resolve("credentials"));
        try (LocalS3 s3 = LocalS3.start(folder, "hopso", credentials);
                MinioClient client = client(s3, new Credentials(credentials.accessKey(), "not-the-secret"))) {
            assertThatThrownBy(() -> client.putObject(PutObjectArgs.builder().bucket("hopso").object("x")
                    .stream(new ByteArrayInputStream(CONTENT), (long) CONTENT.length, -1L).build()))
                    .isInstanceOf(ErrorResponseException.class);
        }
    }

    @Test
    void aDamagedCredentialsFileIsNotReplacedSilently() throws Exception {
        Files.writeString(folder.resolve("credentials"), "only-one-line\n");
        assertThatThrownBy(() -> Credentials.loadOrCreate(folder.resolve("credentials")))
                .hasMessageContaining("access key and a secret key");
        assertThat(Files.readString(folder.resolve("credentials"))).isEqualTo("only-one-line\n");
    }

    private static MinioClient client(LocalS3 s3, Credentials credentials) {
        return MinioClient.builder().endpoint(s3.endpoint())
                .credentials(credentials.accessKey(), credentials.secretKey()).region("us-east-1").build();
    }
}
