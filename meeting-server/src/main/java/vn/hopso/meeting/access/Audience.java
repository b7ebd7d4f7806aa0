package vn.hopso.meeting.access;

/**
 * Who may see an event of a sitting, from the widest to the narrowest. A viewer sees an event when their clearance is
 * at least its audience.
 */
public enum Audience {
    /** Anyone who may view the sitting. */
    EVERYONE,
    /** Council members entitled to closed items: not guests, observers or site operators. */
    MEMBERS,
    /** Those who prepare and run the sitting: they also see drafts. */
    STAFF;

    public boolean admits(Audience clearance) {
        return clearance.compareTo(this) >= 0;
    }
}
