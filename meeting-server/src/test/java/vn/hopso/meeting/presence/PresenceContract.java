package vn.hopso.meeting.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every presence store promises; time is passed in, so nothing waits. */
abstract class PresenceContract {

    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

    protected abstract Presence presence();

    private final UUID sitting = UUID.randomUUID();
    private final UUID delegate = UUID.randomUUID();
    private final UUID chair = UUID.randomUUID();

    @Test
    void anAccountIsPresentWhileOneOfItsConnectionsIs() {
        Presence presence = presence();
        UUID laptop = UUID.randomUUID();
        UUID tablet = UUID.randomUUID();
        presence.here(sitting, laptop, delegate, NOW.plusSeconds(60));
        presence.here(sitting, tablet, delegate, NOW.plusSeconds(60));
        presence.here(sitting, UUID.randomUUID(), chair, NOW.plusSeconds(60));
        assertThat(presence.present(sitting, NOW)).containsExactlyInAnyOrder(delegate, chair);

        presence.gone(sitting, laptop, delegate);
        assertThat(presence.present(sitting, NOW)).containsExactlyInAnyOrder(delegate, chair);
        presence.gone(sitting, tablet, delegate);
        assertThat(presence.present(sitting, NOW)).containsExactly(chair);
        assertThat(presence.present(UUID.randomUUID(), NOW)).isEmpty();
    }

    @Test
    void entriesThatAreNotRenewedExpire() {
        Presence presence = presence();
        UUID connection = UUID.randomUUID();
        presence.here(sitting, connection, delegate, NOW.plusSeconds(60));
        assertThat(presence.present(sitting, NOW.plus(Duration.ofSeconds(59)))).containsExactly(delegate);
        assertThat(presence.present(sitting, NOW.plus(Duration.ofSeconds(61)))).isEmpty();

        presence.here(sitting, connection, delegate, NOW.plusSeconds(120));
        assertThat(presence.present(sitting, NOW.plus(Duration.ofSeconds(90)))).containsExactly(delegate);
    }
}
