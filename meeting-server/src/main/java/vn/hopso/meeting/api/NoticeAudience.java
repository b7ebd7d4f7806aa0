package vn.hopso.meeting.api;

/** Whom a notice of the secretariat is for (the staff always see it too). */
public enum NoticeAudience {
    /** Every screen that follows the sitting, the hall display included. */
    EVERYONE,
    /** The delegates. */
    DELEGATES,
    /** The operator of one site (điểm cầu). */
    SITE
}
