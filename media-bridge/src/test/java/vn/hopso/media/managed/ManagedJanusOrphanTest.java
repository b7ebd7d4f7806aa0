package vn.hopso.media.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed outright (SIGKILL: no shutdown hook runs) leaves no Janus behind. */
class ManagedJanusOrphanTest {

    @TempDir
    Path directory;

    @Test
    void janusDiesWithAKilledJvm() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ManagedJanusChild.class.getName(), directory.toString())).redirectErrorStream(true).start();
        ProcessHandle janus = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.startsWith("janus-pid "));
            assertThat(line).as("the child JVM started Janus").isNotNull();
            janus = ProcessHandle.of(Long.parseLong(line.substring("janus-pid ".length()))).orElseThrow();

            jvm.destroyForcibly();

            await().atMost(Duration.ofSeconds(10)).until(janus::isAlive, alive -> !alive);
        } finally {
            jvm.destroyForcibly();
            if (janus != null) {
                janus.destroyForcibly();
            }
        }
    }
}
