package vn.hopso.meeting.api;

/** What kind of place a site (điểm cầu) is. */
public enum SiteKind {
    HALL,
    MEETING_ROOM,
    PERSONAL_DEVICE
}
