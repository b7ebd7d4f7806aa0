package vn.hopso.meeting.api;

/** How an election ballot is marked: approving up to as many candidates as there are seats, or for/against each. */
public enum ElectionMode {
    APPROVAL,
    FOR_AGAINST
}
