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

    /**
     * Starts sending the joined participant's media: the browser's offer in, the node's answer out. Called again, it
     * replaces what the participant sends.
     */
    SessionDescription publish(MediaRoomId room, ParticipantId participant, SessionDescription offer);

    /**
     * Opens the joined subscriber's receiving end of one publisher's media ({@code feed}): the node's offer, for the
     * subscriber's browser to answer through {@link #answer}. A subscription already open is closed first.
     */
    SessionDescription subscribe(MediaRoomId room, ParticipantId subscriber, ParticipantId feed);

    /** Completes a subscription with the browser's answer to the node's offer; media then flows. */
    void answer(MediaRoomId room, ParticipantId subscriber, ParticipantId feed, SessionDescription answer);

    /**
     * Whether the subscriber receives the feed's picture or its sound only (one click on a weak commune link): the
     * node stops or resumes relaying the feed's video to them; the sound goes on, and nothing is negotiated again.
     * Throws {@link NotJoined} when that subscription is not open.
     */
    void receiveVideo(MediaRoomId room, ParticipantId subscriber, ParticipantId feed, boolean video);

    /** Closes one subscription; nothing happens when it is not open. */
    void unsubscribe(MediaRoomId room, ParticipantId subscriber, ParticipantId feed);

    /** Takes a participant out of the room it joined through {@link #join}, with every subscription it opened. */
    void leave(MediaRoomId room, ParticipantId participant);

    /**
     * Mutes or unmutes a publisher's stream on the server: a muted stream reaches nobody, whatever the participant
     * does in their browser.
     */
    void moderate(MediaRoomId room, ParticipantId participant, MediaKind kind, boolean muted);

    /** Removes a participant from the room by force. */
    void kick(MediaRoomId room, ParticipantId participant);
}
