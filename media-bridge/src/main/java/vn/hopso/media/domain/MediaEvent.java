package vn.hopso.media.domain;

import java.util.Objects;

/** What a media node tells us about the rooms and participants we drive. */
public sealed interface MediaEvent {

    /** A participant is in the room (its join was accepted). */
    record ParticipantJoined(MediaRoomId room, ParticipantId participant) implements MediaEvent {
        public ParticipantJoined {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(participant, "participant");
        }
    }

    /** A participant is no longer in the room: it left, was kicked, or the room was destroyed. */
    record ParticipantLeft(MediaRoomId room, ParticipantId participant) implements MediaEvent {
        public ParticipantLeft {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(participant, "participant");
        }
    }

    /** The node stopped (or resumed) receiving one kind of media from a participant: a weak link, a closed laptop. */
    record MediaFlow(MediaRoomId room, ParticipantId participant, MediaKind kind, boolean receiving)
            implements MediaEvent {
        public MediaFlow {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A participant started or stopped talking (the room's audio level detection). */
    record Talking(MediaRoomId room, ParticipantId participant, boolean talking) implements MediaEvent {
        public Talking {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(participant, "participant");
        }
    }

    /**
     * The node lost our session (it restarted, or timed out our keep-alive): its rooms and participants are gone, and
     * whoever needs a room must create it again. Sent once the adapter is connected again.
     */
    record NodeLost() implements MediaEvent {
    }
}
