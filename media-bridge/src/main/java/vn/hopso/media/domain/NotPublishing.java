package vn.hopso.media.domain;

/** A participant sends no stream of the kind asked for, so there is nothing to moderate yet. */
public final class NotPublishing extends MediaFailure {

    public NotPublishing(MediaRoomId room, ParticipantId participant, MediaKind kind) {
        super(participant + " sends no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " in room " + room);
    }
}
