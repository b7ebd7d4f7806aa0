package vn.hopso.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hopso.media.domain.FakeMediaRooms.Moderation;

class FloorModerationTest {

    private static final MediaRoomId ROOM = MediaRoomId.ofSitting(UUID.randomUUID());
    private static final MediaRoomId OTHER_ROOM = MediaRoomId.ofSitting(UUID.randomUUID());
    private static final ParticipantId CHAIR = new ParticipantId("delegate-1");
    private static final ParticipantId SITE_A = new ParticipantId("site-1");
    private static final ParticipantId SITE_B = new ParticipantId("site-2");

    private final FakeMediaRooms rooms = new FakeMediaRooms();
    private final FloorModeration moderation = new FloorModeration(rooms, ROOM, Floor.presidedBy(Set.of(CHAIR)));

    @BeforeEach
    void everyoneJoins() {
        for (ParticipantId participant : Set.of(CHAIR, SITE_A, SITE_B)) {
            moderation.on(new MediaEvent.ParticipantJoined(ROOM, participant));
        }
    }

    @Test
    void aParticipantWhoJoinsGetsTheStateTheFloorGivesThem() {
        assertThat(rooms.moderations).containsExactlyInAnyOrder(muted(SITE_A, true), muted(SITE_B, true),
                muted(CHAIR, false));
    }

    @Test
    void givingTheFloorModeratesOnlyTheSpeaker() {
        rooms.moderations.clear();

        Set<ParticipantId> refused = moderation.change(moderation.floor().givenTo(SITE_B));

        assertThat(refused).isEmpty();
        assertThat(rooms.moderations).containsExactly(muted(SITE_B, false));
    }

    @Test
    void movingTheFloorMutesTheLastSpeakerAndOpensTheNext() {
        moderation.change(moderation.floor().givenTo(SITE_B));
        rooms.moderations.clear();

        moderation.change(moderation.floor().givenTo(SITE_A));

        assertThat(rooms.moderations).containsExactlyInAnyOrder(muted(SITE_B, true), muted(SITE_A, false));
    }

    @Test
    void aParticipantWithoutAudioIsModeratedWhenItsAudioStarts() {
        ParticipantId late = new ParticipantId("site-3");
        rooms.silent.add(late);

        assertThat(moderation.on(new MediaEvent.ParticipantJoined(ROOM, late))).isFalse();
        assertThat(moderation.change(moderation.floor().givenTo(late))).containsExactly(late);

        rooms.silent.remove(late);
        rooms.moderations.clear();
        assertThat(moderation.on(new MediaEvent.MediaFlow(ROOM, late, MediaKind.AUDIO, true))).isTrue();
        assertThat(rooms.moderations).containsExactly(muted(late, false));
    }

    @Test
    void whoLeftOrBelongsToAnotherRoomIsNotModerated() {
        moderation.on(new MediaEvent.ParticipantLeft(ROOM, SITE_A));
        moderation.on(new MediaEvent.ParticipantJoined(OTHER_ROOM, new ParticipantId("site-9")));
        rooms.moderations.clear();

        moderation.change(moderation.floor().givenTo(SITE_A).everyoneMuted());

        assertThat(rooms.moderations).containsExactly(muted(CHAIR, true));
    }

    @Test
    void aLostNodeForgetsEveryone() {
        moderation.on(new MediaEvent.NodeLost());
        rooms.moderations.clear();

        moderation.change(moderation.floor().givenTo(SITE_A));

        assertThat(rooms.moderations).isEmpty();
    }

    private static Moderation muted(ParticipantId participant, boolean muted) {
        return new Moderation(ROOM, participant, MediaKind.AUDIO, muted);
    }
}
