package vn.hopso.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FloorTest {

    private static final ParticipantId CHAIR = new ParticipantId("delegate-1");
    private static final ParticipantId SITE_A = new ParticipantId("site-1");
    private static final ParticipantId SITE_B = new ParticipantId("site-2");

    private final Floor presided = Floor.presidedBy(Set.of(CHAIR));

    @Test
    void withNobodyOnTheFloorOnlyTheChairIsLive() {
        assertThat(presided.isLive(CHAIR)).isTrue();
        assertThat(presided.isLive(SITE_A)).isFalse();
    }

    @Test
    void theSpeakerIsLiveUntilTheFloorEnds() {
        Floor given = presided.givenTo(SITE_B);

        assertThat(given.isLive(SITE_B)).isTrue();
        assertThat(given.isLive(SITE_A)).isFalse();
        assertThat(given.isLive(CHAIR)).isTrue();
        assertThat(given.ended().isLive(SITE_B)).isFalse();
    }

    @Test
    void selfUnmuteLeavesEveryoneUnmutedOnTheServer() {
        assertThat(presided.allowingSelfUnmute(true).isLive(SITE_A)).isTrue();
        assertThat(presided.allowingSelfUnmute(true).allowingSelfUnmute(false).isLive(SITE_A)).isFalse();
    }

    @Test
    void muteEveryoneMutesTheChairButNotTheSpeaker() {
        Floor muted = presided.allowingSelfUnmute(true).givenTo(SITE_A).everyoneMuted();

        assertThat(muted.isLive(CHAIR)).isFalse();
        assertThat(muted.isLive(SITE_B)).isFalse();
        assertThat(muted.isLive(SITE_A)).isTrue();
    }
}
