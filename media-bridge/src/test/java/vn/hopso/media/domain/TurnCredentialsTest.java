package vn.hopso.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TurnCredentialsTest {

    private static final String SECRET = "hopso-turn-secret-2026";
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-02T07:33:20Z"), ZoneOffset.UTC);

    @Test
    void theUserNameIsTheExpiryAndTheHolderAndThePasswordItsHmacUnderTheSecret() {
        TurnCredentials.Issued issued = new TurnCredentials(SECRET, Duration.ofHours(12), MORNING).issue("acct-1");
        // Computed apart: printf '1796240000:acct-1' | openssl dgst -sha1 -hmac hopso-turn-secret-2026 -binary | base64
        assertThat(issued.username()).isEqualTo("1796240000:acct-1");
        assertThat(issued.password()).isEqualTo("tgv6H9SRkdvb/VZnZS0dUIMR1Js=");
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-12-02T19:33:20Z"));
    }

    @Test
    void anotherSecretOrHolderGivesAnotherPassword() {
        String password = new TurnCredentials(SECRET, Duration.ofHours(12), MORNING).issue("acct-1").password();
        assertThat(new TurnCredentials(SECRET + "x", Duration.ofHours(12), MORNING).issue("acct-1").password())
                .isNotEqualTo(password);
        assertThat(new TurnCredentials(SECRET, Duration.ofHours(12), MORNING).issue("acct-2").password())
                .isNotEqualTo(password);
    }

    @Test
    void aShortSecretANonPositiveLifetimeAndAHolderWithAColonAreRefused() {
        assertThatThrownBy(() -> new TurnCredentials("short", Duration.ofHours(1), MORNING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnCredentials(SECRET, Duration.ZERO, MORNING))
                .isInstanceOf(IllegalArgumentException.class);
        TurnCredentials credentials = new TurnCredentials(SECRET, Duration.ofHours(1), MORNING);
        assertThatThrownBy(() -> credentials.issue("1:forged")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credentials.issue("")).isInstanceOf(IllegalArgumentException.class);
    }
}
