package vn.hopso.meeting.api;

/** A delegate's attendance at a sitting (điểm danh); a delegate with no record yet has not checked in. */
public enum AttendanceStatus {
    /** Checked in: counts towards the quorum. */
    PRESENT,
    /** Was present and left (checked out); may check in again. */
    LEFT,
    /** Marked absent by the secretariat. */
    ABSENT,
    /** Absent with leave (vắng có lý do); the reason is kept. */
    EXCUSED
}
