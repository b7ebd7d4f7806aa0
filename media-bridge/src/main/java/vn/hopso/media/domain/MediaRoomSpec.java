package vn.hopso.media.domain;

import java.util.Objects;

/**
 * What a new media room needs.
 *
 * @param id            the room's id, e.g. {@link MediaRoomId#ofSitting(java.util.UUID)}
 * @param description   shown in the media node's own tools only (the sitting's title)
 * @param maxPublishers how many participants may send media at once
 */
public record MediaRoomSpec(MediaRoomId id, String description, int maxPublishers) {

    public MediaRoomSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        if (maxPublishers < 1) {
            throw new IllegalArgumentException("maxPublishers must be at least 1: " + maxPublishers);
        }
    }
}
