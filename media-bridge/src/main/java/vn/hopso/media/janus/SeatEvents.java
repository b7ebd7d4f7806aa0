package vn.hopso.media.janus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.hopso.media.domain.MediaEvent;
import vn.hopso.media.domain.MediaKind;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.ParticipantId;

/**
 * Reads the events Janus sends to a participant's own VideoRoom handle. Every participant's handle is ours, so each
 * participant is reported from its own handle only, and what other handles hear about it is not needed.
 */
final class SeatEvents {

    private SeatEvents() {
    }

    /** The media event this Janus event means for the seat's participant, if any. */
    static Optional<MediaEvent> translate(MediaRoomId room, ParticipantId participant, JsonNode event) {
        switch (event.path("janus").asString()) {
            case "detached" -> {
                return Optional.of(new MediaEvent.ParticipantLeft(room, participant));
            }
            case "media" -> {
                return kind(event.path("type").asString()).map(kind ->
                        new MediaEvent.MediaFlow(room, participant, kind, event.path("receiving").asBoolean()));
            }
            case "event" -> {
                return plugin(room, participant, event.path("plugindata").path("data"));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** The streams the participant publishes, when the event tells them (after a publish or an unpublish). */
    static Optional<Map<MediaKind, List<String>>> streams(JsonNode event) {
        JsonNode data = event.path("plugindata").path("data");
        if ("ok".equals(data.path("unpublished").asString())) {
            return Optional.of(Map.of());
        }
        if (!"ok".equals(data.path("configured").asString()) || !data.path("streams").isArray()) {
            return Optional.empty();
        }
        Map<MediaKind, List<String>> streams = new EnumMap<>(MediaKind.class);
        for (JsonNode stream : data.path("streams")) {
            if (stream.path("disabled").asBoolean()) {
                continue;
            }
            kind(stream.path("type").asString()).ifPresent(kind ->
                    streams.computeIfAbsent(kind, k -> new ArrayList<>()).add(stream.path("mid").asString()));
        }
        return Optional.of(streams);
    }

    private static Optional<MediaEvent> plugin(MediaRoomId room, ParticipantId participant, JsonNode data) {
        return switch (data.path("videoroom").asString()) {
            case "destroyed" -> Optional.of(new MediaEvent.ParticipantLeft(room, participant));
            case "event" -> "ok".equals(data.path("leaving").asString())
                    ? Optional.of(new MediaEvent.ParticipantLeft(room, participant))
                    : Optional.empty();
            case "talking", "stopped-talking" -> participant.value().equals(data.path("id").asString())
                    ? Optional.of(new MediaEvent.Talking(room, participant,
                            "talking".equals(data.path("videoroom").asString())))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<MediaKind> kind(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "audio" -> Optional.of(MediaKind.AUDIO);
            case "video" -> Optional.of(MediaKind.VIDEO);
            default -> Optional.empty();
        };
    }
}
