package vn.hopso.media.janus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.media.domain.MediaEvent;
import vn.hopso.media.domain.MediaKind;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.MediaRoomSpec;
import vn.hopso.media.domain.NotPublishing;
import vn.hopso.media.domain.Participant;
import vn.hopso.media.domain.ParticipantId;

/** The MediaRooms port on a real Janus VideoRoom. */
class JanusMediaRoomsIntegrationTest {

    private static final ParticipantId SITE_A = new ParticipantId("site-1");
    private static final ParticipantId SITE_B = new ParticipantId("site-2");

    @TempDir
    static Path directory;

    private static RealJanus janus;

    private final List<MediaEvent> events = new CopyOnWriteArrayList<>();
    private final MediaRoomId room = MediaRoomId.ofSitting(UUID.randomUUID());
    private JanusNode node;
    private JanusMediaRooms rooms;

    @BeforeAll
    static void startJanus() {
        janus = new RealJanus(directory);
    }

    @AfterAll
    static void stopJanus() {
        janus.close();
    }

    @BeforeEach
    void connect() {
        node = new JanusNode(janus.endpoint());
        rooms = new JanusMediaRooms(node, new RoomSecrets("a key of the tests, 32 bytes long"
                .getBytes(StandardCharsets.US_ASCII)), events::add);
        rooms.create(new MediaRoomSpec(room, "Phiên họp thứ nhất", 6));
    }

    @AfterEach
    void disconnect() {
        node.close();
    }

    @Test
    void aRoomExistsUntilItIsDestroyed() {
        assertThat(rooms.exists(room)).isTrue();

        rooms.destroy(room);

        assertThat(rooms.exists(room)).isFalse();
        assertThatThrownBy(() -> rooms.destroy(room)).isInstanceOfSatisfying(VideoRoomRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(VideoRoomRefused.Reason.NO_SUCH_ROOM));
    }

    @Test
    void aRoomIsCreatedOnce() {
        assertThatThrownBy(() -> rooms.create(new MediaRoomSpec(room, "again", 6)))
                .isInstanceOfSatisfying(VideoRoomRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(VideoRoomRefused.Reason.ROOM_EXISTS));
    }

    @Test
    void withoutTheRoomSecretNobodyDestroysTheRoom() {
        ObjectNode destroy = JanusHttp.JSON.createObjectNode().put("request", "destroy").put("room", room.value())
                .put("secret", "a guess");

        try (JanusNode other = new JanusNode(janus.endpoint())) {
            JanusHandle handle = other.session().attach(JanusMediaRooms.VIDEOROOM);
            assertThatThrownBy(() -> handle.request(destroy)).isInstanceOfSatisfying(VideoRoomRefused.class,
                    refused -> assertThat(refused.reason()).isEqualTo(VideoRoomRefused.Reason.UNAUTHORIZED));
        }
        assertThat(rooms.exists(room)).isTrue();
    }

    @Test
    void participantsWhoJoinAreListedAndReportedAndLeaveWhenTheyWish() {
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");
        rooms.join(room, SITE_B, "Điểm cầu xã Tân Hòa");

        assertThat(rooms.participants(room)).extracting(Participant::id).containsExactlyInAnyOrder(SITE_A, SITE_B);
        assertThat(rooms.participants(room)).extracting(Participant::display).contains("Điểm cầu xã Tân Lập");
        assertThat(events).containsExactly(new MediaEvent.ParticipantJoined(room, SITE_A),
                new MediaEvent.ParticipantJoined(room, SITE_B));

        rooms.leave(room, SITE_A);

        assertThat(rooms.participants(room)).extracting(Participant::id).containsExactly(SITE_B);
        assertThat(events).endsWith(new MediaEvent.ParticipantLeft(room, SITE_A));
    }

    @Test
    void aKickedParticipantIsReportedGone() {
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");

        rooms.kick(room, SITE_A);

        await().atMost(Duration.ofSeconds(5)).until(() -> events.contains(new MediaEvent.ParticipantLeft(room, SITE_A)));
        assertThat(rooms.participants(room)).isEmpty();
    }

    @Test
    void destroyingTheRoomReportsEveryParticipantGone() {
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");
        rooms.join(room, SITE_B, "Điểm cầu xã Tân Hòa");

        rooms.destroy(room);

        await().atMost(Duration.ofSeconds(5)).until(() -> events.containsAll(List.of(
                new MediaEvent.ParticipantLeft(room, SITE_A), new MediaEvent.ParticipantLeft(room, SITE_B))));
    }

    @Test
    void theSameParticipantCannotJoinTwice() {
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");

        assertThatThrownBy(() -> rooms.join(room, SITE_A, "again")).isInstanceOf(VideoRoomRefused.class);
        assertThat(rooms.participants(room)).hasSize(1);
    }

    @Test
    void aParticipantSendingNothingHasNothingToModerate() {
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");

        assertThatThrownBy(() -> rooms.moderate(room, SITE_A, MediaKind.AUDIO, true))
                .isInstanceOf(NotPublishing.class);
    }

    @Test
    void anUnknownRoomIsRefusedByJanus() {
        assertThatThrownBy(() -> rooms.participants(MediaRoomId.ofSitting(UUID.randomUUID())))
                .isInstanceOfSatisfying(VideoRoomRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(VideoRoomRefused.Reason.NO_SUCH_ROOM));
    }

    @Test
    void whenJanusDiesTheNodeIsReportedLostAndItsRoomsAreGone() {
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");

        janus.kill();

        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains(new MediaEvent.NodeLost()));
        assertThat(rooms.exists(room)).isFalse();
        rooms.create(new MediaRoomSpec(room, "Phiên họp thứ nhất", 6));
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");
        assertThat(rooms.participants(room)).extracting(Participant::id).containsExactly(SITE_A);
    }
}
