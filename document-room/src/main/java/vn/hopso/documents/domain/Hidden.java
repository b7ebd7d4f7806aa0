package vn.hopso.documents.domain;

/** Why a reader may not open a document of a sitting they see: a stable code and a Vietnamese message. */
public enum Hidden {
    NOT_RELEASED("document_not_released", "Tài liệu chưa được phát hành."),
    WITHDRAWN("document_withdrawn", "Tài liệu đã được thu hồi."),
    DELEGATES_ONLY("document_delegates_only", "Tài liệu chỉ dành cho đại biểu."),
    CLOSED_SITTING("document_closed_sitting", "Tài liệu chỉ dành cho người được dự họp kín."),
    CONFIDENTIAL("document_confidential", "Tài liệu mật chỉ dành cho người được chỉ định.");

    private final String code;
    private final String message;

    Hidden(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
