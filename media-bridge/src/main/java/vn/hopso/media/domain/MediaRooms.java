package vn.hopso.media.domain;

import java.util.List;

/**
 * The port through which our code drives a media node: rooms, who is in them, and server-side moderation. Browsers
 * never see it; they negotiate through the meeting server, which calls this. Every method may throw a
 * {@link MediaFailure} when the node refuses or cannot be reached.
 */
public interface MediaRooms {

    /** Creates the room; the room's secret (needed to moderate or destroy it) stays inside the adapter. */
    void create(MediaRoomSpec spec);

    /** Destroys the room, disconnecting whoever is still in it. */
    void destroy(MediaRoomId room);

    /** Whether the node has the room (a restarted node has none). */
    boolean exists(MediaRoomId room);

    List<Participant> participants(MediaRoomId room);

    /** Puts a participant into the room, before it negotiates any media. */
    void join(MediaRoomId room, ParticipantId participant, String display);

    /** Takes a participant out of the room it joined through {@link #join}. */
    void leave(MediaRoomId room, ParticipantId participant);

    /**
     * Mutes or unmutes a publisher's stream on the server: a muted stream reaches nobody, whatever the participant
     * does in their browser.
     */
    void moderate(MediaRoomId room, ParticipantId participant, MediaKind kind, boolean muted);

    /** Removes a participant from the room by force. */
    void kick(MediaRoomId room, ParticipantId participant);
}
