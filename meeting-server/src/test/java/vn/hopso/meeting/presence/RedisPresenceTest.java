package vn.hopso.meeting.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.support.TestRedis;

class RedisPresenceTest extends PresenceContract {

    private static final RedisClient CLIENT = TestRedis.client();
    private final String prefix = "hopso:test-presence:" + UUID.randomUUID() + ":";
    private final RedisPresence nodeA = new RedisPresence(CLIENT, prefix);
    private final RedisPresence nodeB = new RedisPresence(CLIENT, prefix);

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Override
    protected Presence presence() {
        return nodeA;
    }

    @Test
    void everyNodeSeesTheConnectionsOfTheOthers() {
        UUID sitting = UUID.randomUUID();
        UUID onA = UUID.randomUUID();
        UUID onB = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-08T01:00:00Z");
        nodeA.here(sitting, UUID.randomUUID(), onA, now.plusSeconds(60));
        nodeB.here(sitting, UUID.randomUUID(), onB, now.plusSeconds(60));
        // Announcements are sent without waiting: another node sees them a moment later.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(nodeA.present(sitting, now)).containsExactlyInAnyOrder(onA, onB);
            assertThat(nodeB.present(sitting, now)).containsExactlyInAnyOrder(onA, onB);
        });
    }
}
