package vn.hopso.media.janus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hopso.media.domain.MediaKind;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.MediaRoomSpec;
import vn.hopso.media.domain.NotJoined;
import vn.hopso.media.domain.Participant;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.media.domain.SessionDescription;

/**
 * Publishing on a real Janus VideoRoom with a description Chromium wrote. Media does not flow here (the offer has no
 * candidate), so a feed never comes up and cannot be subscribed: subscriptions are proved by the browser tests.
 */
class JanusNegotiationIntegrationTest {

    private static final ParticipantId CHAIR = new ParticipantId("account-chair");
    private static final ParticipantId SITE_A = new ParticipantId("site-1");

    @TempDir
    static Path directory;

    private static RealJanus janus;

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
                .getBytes(StandardCharsets.US_ASCII)), event -> { });
        rooms.create(new MediaRoomSpec(room, "Phiên họp thứ nhất", 6));
        rooms.join(room, CHAIR, "Chủ tọa");
        rooms.join(room, SITE_A, "Điểm cầu xã Tân Lập");
    }

    @AfterEach
    void disconnect() {
        node.close();
    }

    @Test
    void aPublisherGetsJanusAnswerAndItsStreamsCanBeModerated() {
        SessionDescription answer = rooms.publish(room, CHAIR, chromiumOffer());

        assertThat(answer.sdp()).contains("m=audio", "m=video", "a=fingerprint:", "a=recvonly");
        rooms.moderate(room, CHAIR, MediaKind.AUDIO, true);
        rooms.moderate(room, CHAIR, MediaKind.AUDIO, false);
    }

    @Test
    void aFeedWhoseMediaIsNotUpCannotBeSubscribed() {
        rooms.publish(room, CHAIR, chromiumOffer());


        assertThatThrownBy(() -> rooms.subscribe(room, SITE_A, CHAIR)).isInstanceOf(VideoRoomRefused.class);
        assertThat(rooms.handles()).as("the refused subscriber handle is detached").isEqualTo(2);
    }

    @Test
    void onlyAJoinedParticipantPublishesOrSubscribes() {
        ParticipantId stranger = new ParticipantId("site-9");

        assertThatThrownBy(() -> rooms.publish(room, stranger, chromiumOffer())).isInstanceOf(NotJoined.class);
        assertThatThrownBy(() -> rooms.subscribe(room, stranger, CHAIR)).isInstanceOf(NotJoined.class);
        assertThatThrownBy(() -> rooms.answer(room, SITE_A, CHAIR, chromiumOffer())).isInstanceOf(NotJoined.class);
    }

    @Test
    void aDescriptionJanusCannotReadIsRefused() {
        SessionDescription garbled = new SessionDescription("v=0\r\nthis is no session description\r\n");

        assertThatThrownBy(() -> rooms.publish(room, CHAIR, garbled)).isInstanceOf(JanusException.class);
        assertThat(rooms.participants(room)).noneMatch(Participant::publishing);
    }

    @Test
    void leavingReleasesTheSeat() {
        rooms.publish(room, CHAIR, chromiumOffer());
        rooms.publish(room, SITE_A, chromiumOffer());

        rooms.leave(room, CHAIR);

        assertThat(rooms.handles()).as("SITE_A's seat is all that is left").isEqualTo(1);
        assertThat(rooms.participants(room)).extracting(Participant::id).containsExactly(SITE_A);
    }

    static SessionDescription chromiumOffer() {
        try (InputStream in = JanusNegotiationIntegrationTest.class.getResourceAsStream("/sdp/chromium-offer.sdp")) {
            return new SessionDescription(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
