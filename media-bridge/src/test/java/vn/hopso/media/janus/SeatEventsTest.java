package vn.hopso.media.janus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.media.domain.MediaEvent;
import vn.hopso.media.domain.MediaKind;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.ParticipantId;

class SeatEventsTest {

    private static final MediaRoomId ROOM = new MediaRoomId("sitting-3");
    private static final ParticipantId SITE = new ParticipantId("site-4");

    @Test
    void beingKickedOrTheRoomDestroyedOrTheHandleDetachedIsLeaving() {
        assertThat(translate(plugin("{\"videoroom\":\"event\",\"room\":\"sitting-3\",\"leaving\":\"ok\","
                + "\"reason\":\"kicked\"}"))).contains(new MediaEvent.ParticipantLeft(ROOM, SITE));
        assertThat(translate(plugin("{\"videoroom\":\"destroyed\",\"room\":\"sitting-3\"}")))
                .contains(new MediaEvent.ParticipantLeft(ROOM, SITE));
        assertThat(translate(json("{\"janus\":\"detached\",\"sender\":1}")))
                .contains(new MediaEvent.ParticipantLeft(ROOM, SITE));
    }

    @Test
    void anotherParticipantLeavingIsNotThisSeatsBusiness() {
        assertThat(translate(plugin("{\"videoroom\":\"event\",\"room\":\"sitting-3\",\"leaving\":\"site-9\"}")))
                .isEmpty();
    }

    @Test
    void mediaStartingAndStoppingIsReportedPerKind() {
        assertThat(translate(json("{\"janus\":\"media\",\"sender\":1,\"mid\":\"0\",\"type\":\"audio\","
                + "\"receiving\":false}"))).contains(new MediaEvent.MediaFlow(ROOM, SITE, MediaKind.AUDIO, false));
        assertThat(translate(json("{\"janus\":\"media\",\"sender\":1,\"mid\":\"1\",\"type\":\"video\","
                + "\"receiving\":true}"))).contains(new MediaEvent.MediaFlow(ROOM, SITE, MediaKind.VIDEO, true));
    }

    @Test
    void talkingIsReportedForTheSeatsOwnParticipantOnly() {
        assertThat(translate(plugin("{\"videoroom\":\"talking\",\"room\":\"sitting-3\",\"id\":\"site-4\"}")))
                .contains(new MediaEvent.Talking(ROOM, SITE, true));
        assertThat(translate(plugin("{\"videoroom\":\"stopped-talking\",\"room\":\"sitting-3\",\"id\":\"site-4\"}")))
                .contains(new MediaEvent.Talking(ROOM, SITE, false));
        assertThat(translate(plugin("{\"videoroom\":\"talking\",\"room\":\"sitting-3\",\"id\":\"site-5\"}")))
                .isEmpty();
    }

    @Test
    void aConfiguredPublisherTellsTheMidsOfItsEnabledStreams() {
        JsonNode configured = plugin("{\"videoroom\":\"event\",\"configured\":\"ok\",\"streams\":["
                + "{\"type\":\"audio\",\"mindex\":0,\"mid\":\"0\"},{\"type\":\"video\",\"mindex\":1,\"mid\":\"1\"},"
                + "{\"type\":\"video\",\"mindex\":2,\"mid\":\"2\",\"disabled\":true},"
                + "{\"type\":\"data\",\"mindex\":3,\"mid\":\"3\"}]}");

        assertThat(SeatEvents.streams(configured)).contains(Map.of(MediaKind.AUDIO, List.of("0"),
                MediaKind.VIDEO, List.of("1")));
        assertThat(SeatEvents.streams(plugin("{\"videoroom\":\"event\",\"unpublished\":\"ok\"}")))
                .contains(Map.of());
        assertThat(SeatEvents.streams(plugin("{\"videoroom\":\"event\",\"leaving\":\"ok\"}"))).isEmpty();
    }

    private static java.util.Optional<MediaEvent> translate(JsonNode event) {
        return SeatEvents.translate(ROOM, SITE, event);
    }

    private static JsonNode plugin(String data) {
        return json("{\"janus\":\"event\",\"sender\":1,\"plugindata\":{\"plugin\":\"janus.plugin.videoroom\","
                + "\"data\":" + data + "}}");
    }

    private static JsonNode json(String text) {
        return JanusHttp.JSON.readTree(text);
    }
}
