package vn.hopso.media.domain;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The media room of one sitting or briefing, by a name our code chooses ({@code sitting-42}). Janus runs with string
 * ids, so this is also the room's id on the Janus node: no table maps one to the other.
 */
public record MediaRoomId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public MediaRoomId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a media room id is 1-64 of a-z, 0-9 and '-': " + value);
        }
    }

    /** The room of one sitting (phiên họp). */
    public static MediaRoomId ofSitting(UUID sittingId) {
        return new MediaRoomId("sitting-" + sittingId);
    }

    @Override
    public String toString() {
        return value;
    }
}
