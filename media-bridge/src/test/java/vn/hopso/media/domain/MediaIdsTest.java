package vn.hopso.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaIdsTest {

    @Test
    void aSittingsRoomIsNamedAfterIt() {
        assertThat(MediaRoomId.ofSitting(UUID.fromString("0b5e8f8e-6c1a-4d2b-9f3e-1a2b3c4d5e6f")).value())
                .isEqualTo("sitting-0b5e8f8e-6c1a-4d2b-9f3e-1a2b3c4d5e6f");
    }

    @Test
    void idsThatJanusOrALogCouldMisreadAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MediaRoomId("Sitting 1"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParticipantId("-site"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParticipantId("a".repeat(65)));
    }
}
