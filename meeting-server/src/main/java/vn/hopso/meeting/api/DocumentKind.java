package vn.hopso.meeting.api;

/** What a document is for its agenda item. */
public enum DocumentKind {
    /** Tờ trình. */
    SUBMISSION,
    /** Dự thảo nghị quyết. */
    DRAFT_RESOLUTION,
    /** Báo cáo thẩm tra. */
    VERIFICATION_REPORT,
    /** Báo cáo. */
    REPORT,
    /** Tài liệu tham khảo. */
    REFERENCE
}
