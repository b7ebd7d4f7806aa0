package vn.hopso.media.janus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JanusExceptionTest {

    @Test
    void coreErrorCodesBecomeTheirOwnTypes() {
        assertThat(JanusException.core(403, "Unauthorized request")).isInstanceOf(JanusUnauthorized.class);
        assertThat(JanusException.core(405, "Unauthorized access to plugin")).isInstanceOf(JanusUnauthorized.class);
        assertThat(JanusException.core(458, "No such session")).isInstanceOf(JanusSessionLost.class);
        assertThat(JanusException.core(459, "No such handle")).isInstanceOf(JanusHandleLost.class);
        assertThat(JanusException.core(460, "No such plugin")).isInstanceOf(JanusRefused.class)
                .hasMessageContaining("460").hasMessageContaining("No such plugin");
    }

    @Test
    void videoRoomErrorCodesNameTheirReason() {
        assertThat(new VideoRoomRefused(426, "No such room").reason()).isEqualTo(VideoRoomRefused.Reason.NO_SUCH_ROOM);
        assertThat(new VideoRoomRefused(433, "Unauthorized").reason()).isEqualTo(VideoRoomRefused.Reason.UNAUTHORIZED);
        assertThat(new VideoRoomRefused(499, "Unknown error")).satisfies(refused -> {
            assertThat(refused.reason()).isEqualTo(VideoRoomRefused.Reason.OTHER);
            assertThat(refused.code()).isEqualTo(499);
        });
    }
}
