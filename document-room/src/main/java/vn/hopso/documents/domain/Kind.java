package vn.hopso.documents.domain;

/** What a document is for the agenda item it belongs to, in the order delegates usually read them. */
public enum Kind {
    /** Tờ trình: the submission asking the council to decide. */
    SUBMISSION("Tờ trình"),
    /** Dự thảo nghị quyết: the draft resolution. */
    DRAFT_RESOLUTION("Dự thảo nghị quyết"),
    /** Báo cáo thẩm tra: a council committee's verification report. */
    VERIFICATION_REPORT("Báo cáo thẩm tra"),
    /** Báo cáo: a report. */
    REPORT("Báo cáo"),
    /** Tài liệu tham khảo: reference material. */
    REFERENCE("Tài liệu tham khảo");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown next to the document. */
    public String label() {
        return label;
    }
}
