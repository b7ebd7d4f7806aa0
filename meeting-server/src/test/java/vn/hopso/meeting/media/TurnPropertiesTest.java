package vn.hopso.meeting.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnPropertiesTest {

    @Test
    void noAddressesIsNoTurnAndBlankOnesAreDropped() {
        assertThat(new TurnProperties(List.of(), null, Duration.ofHours(12)).configured()).isFalse();
        assertThat(new TurnProperties(List.of(" ", ""), null, Duration.ofHours(12)).configured()).isFalse();
    }

    @Test
    void addressesNeedALongEnoughSecretAndMustBeTurnAddresses() {
        assertThatThrownBy(() -> new TurnProperties(List.of("turn:10.0.0.5:3478"), null, Duration.ofHours(1)))
                .hasMessageContaining("hopso.media.turn.secret");
        assertThatThrownBy(() -> new TurnProperties(List.of("turn:10.0.0.5:3478"), "short", Duration.ofHours(1)))
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() -> new TurnProperties(List.of("http://10.0.0.5"), "a secret long enough", Duration.ofHours(1)))
                .hasMessageContaining("turn: or turns:");
        assertThat(new TurnProperties(List.of(" turns:turn.example.vn:443?transport=tcp "), "a secret long enough",
                Duration.ofHours(1)).uris()).containsExactly("turns:turn.example.vn:443?transport=tcp");
    }
}
