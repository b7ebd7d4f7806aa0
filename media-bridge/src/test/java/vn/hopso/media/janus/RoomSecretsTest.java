package vn.hopso.media.janus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.hopso.media.domain.MediaRoomId;

class RoomSecretsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void eachRoomHasItsOwnSecretAndTheSameOneAfterARestart() {
        RoomSecrets secrets = new RoomSecrets(KEY);

        assertThat(secrets.of(new MediaRoomId("sitting-1"))).isEqualTo(new RoomSecrets(KEY).of(new MediaRoomId("sitting-1")))
                .isNotEqualTo(secrets.of(new MediaRoomId("sitting-2"))).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void anotherKeyGivesOtherSecrets() {
        byte[] other = KEY.clone();
        other[0] = 'x';

        assertThat(new RoomSecrets(other).of(new MediaRoomId("sitting-1")))
                .isNotEqualTo(new RoomSecrets(KEY).of(new MediaRoomId("sitting-1")));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoomSecrets(new byte[8]));
    }
}
