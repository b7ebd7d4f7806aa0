package vn.hopso.media.domain;

import java.util.Objects;

/** A participant as the media node sees it: in the room, and whether it sends media at the moment. */
public record Participant(ParticipantId id, String display, boolean publishing) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(display, "display");
    }
}
