package vn.hopso.meeting.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.MinioClient;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class S3HealthIndicatorTest {

    @Test
    void anEndpointThatDoesNotAnswerIsDownWithTheError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (MinioClient client = MinioClient.builder().endpoint("http://127.0.0.1:" + closedPort)
                .credentials("hopso", "hopso-secret").region("us-east-1").build()) {
            Health health = new S3HealthIndicator(client, "hopso").health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("error")).asString().contains("Connect");
        }
    }
}
