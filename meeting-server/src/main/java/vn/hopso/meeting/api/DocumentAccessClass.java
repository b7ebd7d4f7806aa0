package vn.hopso.meeting.api;

/** Who may read a document besides the secretariat and the chair. */
public enum DocumentAccessClass {
    /** Anyone who sees the sitting. */
    PUBLIC,
    /** Every delegate of the council. */
    DELEGATES,
    /** Those entitled to closed sittings (họp kín). */
    CLOSED_SITTING,
    /** Only the people named in {@code readerIds} (tài liệu mật). */
    CONFIDENTIAL
}
