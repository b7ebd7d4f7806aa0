package vn.hopso.meeting.api;

/** Where a ballot stands. */
public enum BallotState {
    /** Prepared, seen by those who prepare and run the sitting only. */
    DRAFT,
    /** Open for votes of the delegates present when it opened. */
    OPEN,
    /** Closed: counted, its result shown. */
    CLOSED,
    /** Its result announced as final by the chair. */
    PUBLISHED,
    /** Hủy, with the reason kept on record. */
    ANNULLED
}
