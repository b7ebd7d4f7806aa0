package vn.hopso.embeddeds3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as infra/run starts it: a process of its own that writes the server's settings once it listens and
 * ends when the process it serves ends.
 */
class EmbeddedS3ProcessTest {

    @TempDir
    Path data;

    @Test
    void writesTheServersSettingsAndStopsWithItsParent() throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        Process s3 = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedS3.class.getName(),
                data.toString(), "hopso", Long.toString(parent.pid()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(s3.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("HọpSố: object storage")) {
                // S3Proxy's own start-up lines
            }
            assertThat(line).as("the ready line").isNotNull();
            Path env = data.resolve("s3/server.env");
            assertThat(Files.getPosixFilePermissions(env)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            Map<String, String> settings = Files.readAllLines(env).stream()
                    .map(l -> l.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
            assertThat(settings.keySet()).containsExactlyInAnyOrderElementsOf(List.of("HOPSO_S3_ENDPOINT",
                    "HOPSO_S3_BUCKET", "HOPSO_S3_ACCESSKEY", "HOPSO_S3_SECRETKEY"));
            assertThat(settings.get("HOPSO_S3_ENDPOINT")).startsWith("http://127.0.0.1:").contains(line.split(" on ")[1]
                    .split(",")[0].substring("http://127.0.0.1:".length()));
            assertThat(settings.get("HOPSO_S3_SECRETKEY"))
                    .isEqualTo(Files.readAllLines(data.resolve("s3/credentials")).get(1));

            parent.destroy();
            assertThat(s3.waitFor(30, TimeUnit.SECONDS)).as("stopped with its parent").isTrue();
            assertThat(s3.exitValue()).isZero();
        } finally {
            parent.destroyForcibly();
            s3.destroyForcibly();
        }
    }
}
