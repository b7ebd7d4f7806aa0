package vn.hopso.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MediaIdsTest {

    @Test
    void aSittingsRoomIsNamedAfterIt() {
        assertThat(MediaRoomId.ofSitting(42).value()).isEqualTo("sitting-42");
    }

    @Test
    void idsThatJanusOrALogCouldMisreadAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MediaRoomId("Sitting 1"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParticipantId("-site"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParticipantId("a".repeat(65)));
    }
}
