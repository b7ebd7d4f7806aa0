package vn.hopso.meeting.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.hopso.media.janus.JanusEndpoint;
import vn.hopso.media.janus.RoomSecrets;
import vn.hopso.media.managed.ManagedJanus;
import vn.hopso.media.managed.ManagedJanusSettings;

class MediaHealthIndicatorTest {

    private static final RoomSecrets SECRETS = new RoomSecrets("sixteen bytes or more".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path directory;

    @Test
    void withoutJanusTheServerIsUpAndSaysVideoIsNotInstalledAndHowToInstallIt() {
        ManagedJanus missing = new ManagedJanus(ManagedJanusSettings.debian(directory)
                .withBinary(directory.resolve("no-janus")));
        try (MediaNode media = MediaNode.managed(missing, SECRETS)) {
            Health health = new MediaHealthIndicator(media).health(true);

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("video", "not installed");
            assertThat(health.getDetails().get("how").toString()).contains("apt-get install");
            assertThat(media.rooms()).isEmpty();
        }
    }

    @Test
    void videoTurnedOffIsNoFault() {
        try (MediaNode media = MediaNode.none("hopso.media.managed=false", SECRETS)) {
            Health health = new MediaHealthIndicator(media).health(true);

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("video", "off");
        }
    }

    @Test
    void anExternalJanusThatDoesNotAnswerIsDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JanusEndpoint nowhere = JanusEndpoint.of(URI.create("http://127.0.0.1:" + closedPort + "/janus"), "secret");
        try (MediaNode media = MediaNode.external(nowhere, SECRETS)) {
            assertThat(new MediaHealthIndicator(media).health(true).getStatus()).isEqualTo(Status.DOWN);
        }
    }
}
