package vn.hopso.media.janus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.hopso.media.domain.MediaKind;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.ParticipantId;

/** A participant we put into a room: its own VideoRoom handle, and the mids of the streams it publishes. */
final class Seat {

    record Key(MediaRoomId room, ParticipantId participant) {
    }

    private final Key key;
    private final JanusHandle handle;
    private final Map<MediaKind, List<String>> streams = new ConcurrentHashMap<>();

    Seat(Key key, JanusHandle handle) {
        this.key = key;
        this.handle = handle;
    }

    Key key() {
        return key;
    }

    JanusHandle handle() {
        return handle;
    }

    List<String> mids(MediaKind kind) {
        return streams.getOrDefault(kind, List.of());
    }

    void publishes(Map<MediaKind, List<String>> published) {
        streams.clear();
        streams.putAll(published);
    }
}
