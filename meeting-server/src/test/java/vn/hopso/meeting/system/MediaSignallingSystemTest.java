package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.connected;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.MediaRooms;
import vn.hopso.media.domain.Participant;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.media.MediaNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Video signalling over our WebSocket against the server's own Janus: a socket joins a running sitting's video under
 * our participant id, publishes with an offer Chromium wrote and gets Janus' answer, and leaves nothing on Janus when it
 * closes; refusals are coded and change nothing; the floor names the speaker to every socket in the video. (Media
 * itself needs candidates, which Janus gathers only off loopback: the browser test proves it.)
 */
class MediaSignallingSystemTest extends ServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MediaNode media;

    private Organisation council;
    private String sitting;
    private String item;
    private ApiClient chair;
    private MediaRooms rooms;
    private MediaRoomId room;

    @BeforeEach
    void aRunningSitting() {
        council = fixtures().council("HĐND tỉnh Tín Hiệu " + UUID.randomUUID().toString().substring(0, 6));
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        item = scenario.publishedItem(sitting, "Thảo luận kinh tế – xã hội");
        chair = login(fixtures().member(council, Role.CHAIR));
        rooms = media.rooms().orElseThrow(() -> new AssertionError("Janus is not installed"));
        room = MediaRoomId.ofSitting(UUID.fromString(sitting));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> rooms.exists(room));
    }

    @Test
    void aDelegatePublishesThroughOurSocketAndLeavesNothingOnJanusWhenItCloses() {
        TestUser an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        WsClient laptop = connected(login(an));

        JsonNode publishers = send(laptop, join(true), "media.publishers");
        assertThat(publishers.get("self").asString()).isEqualTo("delegate-" + an.membershipId());
        assertThat(publishers.get("publishers")).isEmpty();
        JsonNode answer = send(laptop, Map.of("type", "media.offer", "sittingId", sitting, "sdp", chromiumOffer(),
                "ref", "offer"), "media.answer");
        assertThat(answer.get("sdp").asString()).startsWith("v=0").contains("m=audio", "m=video", "a=recvonly");
        assertThat(answer.propertyNames()).as("nothing of Janus reaches the browser but its description")
                .containsExactlyInAnyOrder("type", "sittingId", "sdp");
        assertThat(rooms.participants(room)).extracting(Participant::id).extracting(Object::toString)
                .containsExactly("delegate-" + an.membershipId());

        laptop.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> rooms.participants(room).isEmpty());
    }

    @Test
    void withoutATurnServerConfiguredBrowsersAreOfferedNoRelay() {
        TestUser an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        try (ApiClient browser = ApiClient.loggedIn(port, an.username(), Fixtures.PASSWORD)) {
            JsonNode ice = browser.get("/api/media/ice-servers").body();
            assertThat(ice.get("servers")).isEmpty();
            assertThat(ice.get("expiresAt").isNull()).isTrue();
        }
    }

    @Test
    void leavingTakesTheParticipantOutAndItMayJoinAgain() {
        WsClient laptop = connected(login(fixtures().member(council, Role.DELEGATE)));
        send(laptop, join(true), "media.publishers");

        laptop.send(frame(Map.of("type", "media.leave", "sittingId", sitting)));
        await().atMost(Duration.ofSeconds(10)).until(() -> rooms.participants(room).isEmpty());

        send(laptop, join(true), "media.publishers");
        assertThat(rooms.participants(room)).hasSize(1);
        laptop.close();
    }

    @Test
    void aSecondWindowOfTheSameDelegateTakesItsPlace() {
        ApiClient delegate = login(fixtures().member(council, Role.DELEGATE));
        WsClient first = connected(delegate);
        WsClient second = connected(delegate);
        send(first, join(true), "media.publishers");

        send(second, join(true), "media.publishers");

        assertThat(first.nextOfType("media.error").get("code").asString()).isEqualTo("media_replaced");
        assertThat(rooms.participants(room)).hasSize(1);
        first.close();
        second.close();
    }

    @Test
    void onlyThoseWhoMayFollowTheSittingJoinAndOnlySendersSend() {
        try (WsClient guest = connected(login(fixtures().member(council, Role.GUEST)));
                WsClient stranger = connected(login(fixtures().member(fixtures().council("HĐND tỉnh Khác "
                        + UUID.randomUUID().toString().substring(0, 6)), Role.CHAIR)))) {
            assertThat(refusal(stranger, join(false))).isEqualTo("not_found");
            assertThat(refusal(guest, join(true))).isEqualTo("forbidden");
            assertThat(rooms.participants(room)).isEmpty();

            send(guest, join(false), "media.publishers");
            assertThat(refusal(guest, Map.of("type", "media.offer", "sittingId", sitting, "sdp", chromiumOffer(),
                    "ref", "j"))).isEqualTo("forbidden");
        }
    }

    @Test
    void badDescriptionsForgedFeedsAndRoomlessSittingsAreCodedErrors() {
        try (WsClient laptop = connected(login(fixtures().member(council, Role.DELEGATE)))) {
            assertThat(mediaError(laptop, Map.of("type", "media.offer", "sittingId", sitting, "sdp", chromiumOffer(),
                    "ref", "early"))).isEqualTo("media_not_joined");
            assertThat(mediaError(laptop, Map.of("type", "media.receive", "sittingId", sitting, "video", false,
                    "ref", "early-sound"))).as("sound only before joining").isEqualTo("media_not_joined");
            send(laptop, join(true), "media.publishers");
            assertThat(send(laptop, Map.of("type", "media.receive", "sittingId", sitting, "video", false, "ref",
                    "sound"), "media.receiving").get("video").asBoolean()).as("confirmed: sound only").isFalse();

            assertThat(mediaError(laptop, Map.of("type", "media.offer", "sittingId", sitting, "sdp", "hello",
                    "ref", "x"))).isEqualTo("media_bad_sdp");
            assertThat(mediaError(laptop, Map.of("type", "media.offer", "sittingId", sitting,
                    "sdp", "v=0\r\nthis is no session description\r\n", "ref", "y"))).isEqualTo("media_bad_sdp");
            assertThat(mediaError(laptop, Map.of("type", "media.answer", "sittingId", sitting,
                    "feed", "site-" + UUID.randomUUID(), "sdp", chromiumOffer(), "ref", "z")))
                    .isEqualTo("media_unknown_feed");
            assertThat(rooms.participants(room)).noneMatch(Participant::publishing);
        }
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String planned = scenario.sitting(scenario.session(council.id().toString()), false);
        try (WsClient laptop = connected(chair)) {
            assertThat(mediaError(laptop, Map.of("type", "media.join", "sittingId", planned, "audio", true,
                    "video", true, "ref", "p"))).isEqualTo("media_no_room");
        }
    }

    @Test
    void theFloorNamesTheSpeakerToEverySocketInTheVideo() {
        TestUser an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        try (WsClient console = connected(chair); WsClient laptop = connected(login(an))) {
            send(console, join(true), "media.publishers");
            send(laptop, join(true), "media.publishers");
            accepted(laptop, frame(Map.of("type", "speakers.request", "ref", "r", "sittingId", sitting, "itemId", item,
                    "kind", "DISCUSSION")), "r");
            console.send(frame(Map.of("type", "sitting.subscribe", "sittingId", sitting, "afterSeq", 0)));
            String request = console.next(f -> f.path("type").asString().equals("speakers.changed")
                    && !f.path("requests").isEmpty()).get("requests").get(0).get("id").asString();

            // not waiting for the acceptance: the floor may reach the video before it
            console.send(frame(Map.of("type", "floor.give", "ref", "g", "sittingId", sitting, "requestId",
                    request, "limitSeconds", 120)));

            String speaker = "delegate-" + an.membershipId();
            assertThat(speakerSeenBy(laptop, speaker)).isEqualTo(speaker);
            assertThat(speakerSeenBy(console, speaker)).isEqualTo(speaker);

            console.send(frame(Map.of("type", "floor.end", "ref", "e", "sittingId", sitting)));

            assertThat(speakerSeenBy(laptop, null)).isNull();
            assertThat(speakerSeenBy(console, null)).isNull();
        }
    }

    @Test
    void theChairSetsWhoseMicrophonesAreLetThroughAndEverySocketInTheVideoIsTold() {
        TestUser an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        try (WsClient console = connected(chair); WsClient laptop = connected(login(an))) {
            assertThat(send(console, join(true), "media.publishers").get("microphones").asString()).isEqualTo("FLOOR");
            send(laptop, join(true), "media.publishers");
            // Both publish, so the node has streams to moderate for each.
            send(console, Map.of("type", "media.offer", "sittingId", sitting, "sdp", chromiumOffer(), "ref", "o1"),
                    "media.answer");
            send(laptop, Map.of("type", "media.offer", "sittingId", sitting, "sdp", chromiumOffer(), "ref", "o2"),
                    "media.answer");

            assertThat(refusal(laptop, microphones("OPEN", "d"))).as("only the chair sets them").isEqualTo("forbidden");
            assertThat(refusal(laptop, microphones("LOUDER", "x"))).isEqualTo("bad_message");

            console.send(frame(microphones("OPEN", "c1")));
            assertThat(microphonesSeenBy(laptop, "OPEN")).isEqualTo("OPEN");
            assertThat(microphonesSeenBy(console, "OPEN")).isEqualTo("OPEN");

            console.send(frame(microphones("SPEAKER_ONLY", "c2")));
            assertThat(microphonesSeenBy(laptop, "SPEAKER_ONLY")).isEqualTo("SPEAKER_ONLY");

            // Whoever joins later is told how the microphones stand.
            try (WsClient tablet = connected(login(fixtures().member(council, Role.DELEGATE)))) {
                assertThat(send(tablet, join(false), "media.publishers").get("microphones").asString())
                        .isEqualTo("SPEAKER_ONLY");
            }
        }
    }

    private Map<String, Object> microphones(String microphones, String ref) {
        return Map.of("type", "media.microphones", "sittingId", sitting, "microphones", microphones, "ref", ref);
    }

    private static String microphonesSeenBy(WsClient socket, String microphones) {
        return socket.next(f -> f.path("type").asString().equals("media.publishers")
                && microphones.equals(f.path("microphones").asString())).get("microphones").asString();
    }

    private static String speakerSeenBy(WsClient socket, String speaker) {
        JsonNode publishers = socket.next(f -> f.path("type").asString().equals("media.publishers")
                && (speaker == null ? f.path("speaker").isNull() : speaker.equals(f.path("speaker").asString())));
        return publishers.path("speaker").isNull() ? null : publishers.get("speaker").asString();
    }

    private Map<String, Object> join(boolean sending) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "media.join");
        frame.put("ref", "j");
        frame.put("sittingId", sitting);
        frame.put("audio", sending);
        frame.put("video", sending);
        return frame;
    }

    private static JsonNode send(WsClient socket, Map<String, Object> frame, String answerType) {
        socket.send(frame(frame));
        JsonNode answer = socket.next(f -> f.path("type").asString().equals(answerType)
                || f.path("type").asString().endsWith("error"));
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo(answerType);
        return answer;
    }

    private static String refusal(WsClient socket, Map<String, Object> frame) {
        socket.send(frame(frame));
        JsonNode answer = socket.next(f -> f.path("ref").asString().equals(frame.get("ref")));
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("error");
        return answer.get("code").asString();
    }

    private static String mediaError(WsClient socket, Map<String, Object> frame) {
        socket.send(frame(frame));
        JsonNode answer = socket.next(f -> f.path("ref").asString().equals(frame.get("ref")));
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("media.error");
        assertThat(answer.get("message").asString()).isNotBlank();
        return answer.get("code").asString();
    }

    private static String frame(Map<String, Object> fields) {
        return JSON.writeValueAsString(fields);
    }

    private static String chromiumOffer() {
        try (InputStream in = MediaSignallingSystemTest.class.getResourceAsStream("/sdp/chromium-offer.sdp")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
