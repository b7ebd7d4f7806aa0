package vn.hopso.meeting.access;

/**
 * How much of a sitting a viewer may see, from the least to the most. Every screen of one clearance sees the same
 * agenda, numbered alike.
 */
public enum Clearance {
    /** May view the organisation's public sittings and items: guests, observers, the hall display, site operators. */
    PUBLIC,
    /** Also closed sittings and closed items (họp kín): delegates, the ballot committee. */
    MEMBER,
    /** Also drafts: those who prepare and run the sitting. */
    STAFF;

    public boolean atLeast(Clearance other) {
        return compareTo(other) >= 0;
    }
}
