package vn.hopso.meeting.api;

/** Why a delegate asks for the floor (đăng ký phát biểu). */
public enum SpeakerKind {
    /** Thảo luận: a contribution to the debate. */
    DISCUSSION,
    /** Chất vấn: a question to a named official, who is then expected to reply. */
    QUESTION,
    /** A point of order about the conduct of the sitting: heard first, and may interrupt a speech. */
    POINT_OF_ORDER,
    /** A reply to what was just said (giải trình, tranh luận): heard next, and may interrupt a speech. */
    REPLY;

    /** Whether the chair may give this request the floor while someone else holds it (the speech then pauses). */
    public boolean interrupts() {
        return this == POINT_OF_ORDER || this == REPLY;
    }
}
