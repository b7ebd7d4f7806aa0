package vn.hopso.meeting.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.meeting.api.SpeakerEntry;
import vn.hopso.meeting.api.SpeakerKind;
import vn.hopso.meeting.api.SpeakerState;

class SpeechTest {

    private static final UUID AN = UUID.randomUUID();
    private static final UUID SITE = UUID.randomUUID();

    @Test
    void aRequestNowSpeakingTakesTheFloor() {
        assertThat(Speech.next(Optional.empty(), List.of(delegate(AN, SpeakerState.SPEAKING))))
                .contains(MediaIdentity.delegate(AN));
        assertThat(Speech.next(Optional.of(MediaIdentity.delegate(AN)),
                List.of(delegate(AN, SpeakerState.PAUSED), site(SpeakerState.SPEAKING))))
                .as("a point of order from a site interrupts").contains(MediaIdentity.site(SITE));
    }

    @Test
    void theSpeakerNoLongerSpeakingGivesItUp() {
        assertThat(Speech.next(Optional.of(MediaIdentity.delegate(AN)), List.of(delegate(AN, SpeakerState.DONE))))
                .isEmpty();
    }

    @Test
    void changesToOtherRequestsLeaveTheFloorWhereItWas() {
        Optional<ParticipantId> current = Optional.of(MediaIdentity.delegate(AN));

        assertThat(Speech.next(current, List.of(site(SpeakerState.WAITING)))).isEqualTo(current);
        assertThat(Speech.next(current, List.of())).isEqualTo(current);
    }

    private static SpeakerEntry delegate(UUID membership, SpeakerState state) {
        return entry(membership, null, state);
    }

    private static SpeakerEntry site(SpeakerState state) {
        return entry(null, SITE, state);
    }

    private static SpeakerEntry entry(UUID membership, UUID site, SpeakerState state) {
        return new SpeakerEntry(UUID.randomUUID(), UUID.randomUUID(), membership, site, "Nguyễn Văn An", null,
                SpeakerKind.DISCUSSION, null, state, 1, Instant.EPOCH, null, null, null, null, null, 0);
    }
}
