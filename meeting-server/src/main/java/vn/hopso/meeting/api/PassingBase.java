package vn.hopso.meeting.api;

/** What a rule's share is of: the total elected (the law's base for resolutions), those present, the valid votes. */
public enum PassingBase {
    TOTAL_ELECTED,
    PRESENT,
    VOTES_CAST
}
