package vn.hopso.media.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the server-side microphone mutes of one media room in line with its {@link Floor}: when the floor moves, only
 * the participants whose state changes are moderated, and a participant who joins or starts sending audio gets the
 * state the floor gives them. Not thread-safe: one room is driven from one thread (the sitting's events in order).
 */
public final class FloorModeration {

    private final MediaRooms rooms;
    private final MediaRoomId room;
    private final Set<ParticipantId> present = new HashSet<>();
    private final Map<ParticipantId, Boolean> applied = new HashMap<>();
    private Floor floor;

    public FloorModeration(MediaRooms rooms, MediaRoomId room, Floor floor) {
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.room = Objects.requireNonNull(room, "room");
        this.floor = Objects.requireNonNull(floor, "floor");
    }

    /**
     * Moves to a new floor and moderates whoever it changes.
     *
     * @return the participants the node refused to moderate (they are tried again at the next change)
     */
    public Set<ParticipantId> change(Floor next) {
        floor = Objects.requireNonNull(next, "next");
        Set<ParticipantId> refused = new HashSet<>();
        for (ParticipantId participant : present) {
            if (!apply(participant, false)) {
                refused.add(participant);
            }
        }
        return Set.copyOf(refused);
    }

    /** Follows the room's events; returns whether the node accepted the moderation the event called for. */
    public boolean on(MediaEvent event) {
        return switch (event) {
            case MediaEvent.ParticipantJoined joined when joined.room().equals(room) -> {
                present.add(joined.participant());
                yield apply(joined.participant(), true);
            }
            case MediaEvent.MediaFlow flow when flow.room().equals(room) && flow.kind() == MediaKind.AUDIO
                    && flow.receiving() && present.contains(flow.participant()) ->
                // a stream that starts after the last moderation starts unmuted on the node
                apply(flow.participant(), true);
            case MediaEvent.ParticipantLeft left when left.room().equals(room) -> {
                present.remove(left.participant());
                applied.remove(left.participant());
                yield true;
            }
            case MediaEvent.NodeLost lost -> {
                present.clear();
                applied.clear();
                yield true;
            }
            default -> true;
        };
    }

    public Floor floor() {
        return floor;
    }

    private boolean apply(ParticipantId participant, boolean evenIfUnchanged) {
        boolean muted = !floor.isLive(participant);
        if (!evenIfUnchanged && Boolean.valueOf(muted).equals(applied.get(participant))) {
            return true;
        }
        try {
            rooms.moderate(room, participant, MediaKind.AUDIO, muted);
            applied.put(participant, muted);
            return true;
        } catch (MediaFailure refused) {
            applied.remove(participant);
            return false;
        }
    }
}
