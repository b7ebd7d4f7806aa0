package vn.hopso.documents.domain;

/** Who may read a document, besides those who prepare the sitting (who read every document to manage it). */
public enum AccessClass {
    /** Anyone who may see the sitting: guests, the press, the hall display. */
    PUBLIC,
    /** Every delegate of the council (đại biểu). */
    DELEGATES,
    /** Those entitled to the council's closed sittings (họp kín): delegates, the chair, the ballot committee. */
    CLOSED_SITTING,
    /** Only the people the secretariat names (tài liệu mật). */
    CONFIDENTIAL
}
