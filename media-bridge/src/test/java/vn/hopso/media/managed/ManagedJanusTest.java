package vn.hopso.media.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hopso.media.janus.JanusNode;

/** Starts the real Janus (Debian's {@code janus}, which {@code infra/test} installs). */
class ManagedJanusTest {

    @TempDir
    Path directory;

    @Test
    void startsJanusWhichAnswersInfoOnLoopbackWithTheGeneratedSettings() {
        try (ManagedJanus janus = new ManagedJanus(ManagedJanusSettings.debian(directory)
                .withSessionTimeout(Duration.ofSeconds(5)))) {
            assertThat(janus.start()).isInstanceOf(JanusStatus.Running.class);

            try (JanusNode node = new JanusNode(janus.endpoint())) {
                assertThat(node.info().path("session-timeout").asInt()).isEqualTo(5);
                assertThat(node.info().path("plugins").propertyNames()).containsExactly("janus.plugin.videoroom");
                assertThat(node.info().path("transports").propertyNames()).containsExactly("janus.transport.http");
            }
            assertThat(janus.endpoint().uri().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aMissingBinaryIsReportedAsNotInstalled() {
        try (ManagedJanus janus = new ManagedJanus(ManagedJanusSettings.debian(directory)
                .withBinary(directory.resolve("no-janus-here")))) {
            JanusStatus status = janus.start();

            assertThat(status).isInstanceOfSatisfying(JanusStatus.NotInstalled.class,
                    notInstalled -> assertThat(notInstalled.howToInstall()).contains("apt-get install"));
            assertThat(janus.process()).isEmpty();
        }
    }

    @Test
    void aJanusThatDiesIsStartedAgainOnTheSamePort() {
        try (ManagedJanus janus = new ManagedJanus(ManagedJanusSettings.debian(directory))) {
            JanusStatus.Running first = (JanusStatus.Running) janus.start();

            ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(30)).until(() -> janus.status() instanceof JanusStatus.Running running
                    && running.pid() != first.pid() && running.restarts() == 1);
            try (JanusNode node = new JanusNode(janus.endpoint())) {
                assertThat(node.info().path("name").asString()).isEqualTo("Janus WebRTC Server");
            }
            assertThat(janus.endpoint()).isEqualTo(first.endpoint());
        }
    }

    @Test
    void closingEndsTheProcess() {
        ManagedJanus janus = new ManagedJanus(ManagedJanusSettings.debian(directory));
        ProcessHandle process = ProcessHandle.of(((JanusStatus.Running) janus.start()).pid()).orElseThrow();

        janus.close();

        assertThat(process.isAlive()).isFalse();
        assertThat(janus.status()).isInstanceOf(JanusStatus.Stopped.class);
        assertThat(directory.resolve("conf-" + janus.endpoint().uri().getPort())).doesNotExist();
    }
}
