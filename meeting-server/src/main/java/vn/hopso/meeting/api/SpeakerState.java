package vn.hopso.meeting.api;

/** Where a speaker request stands. */
public enum SpeakerState {
    /** In the queue. */
    WAITING,
    /** Holds the floor. */
    SPEAKING,
    /** Was speaking and was interrupted (a point of order, a reply) or paused by the chair; keeps its time left. */
    PAUSED,
    /** Spoke. */
    DONE,
    /** Withdrawn by the delegate before speaking. */
    WITHDRAWN;

    public boolean open() {
        return this == WAITING || this == SPEAKING || this == PAUSED;
    }
}
