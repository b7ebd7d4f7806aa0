package vn.hopso.media.domain;

/** The participant (or the subscription) a request names is not in the room: it never joined, or it left. */
public final class NotJoined extends MediaFailure {

    public NotJoined(MediaRoomId room, ParticipantId participant) {
        super(participant + " is not in room " + room);
    }
}
