package vn.hopso.documents.domain;

/** Why a comment cannot be sent or answered as asked: a stable code and a Vietnamese message. */
public enum CommentProblem {
    PAGE_OUT_OF_RANGE("comment_page_out_of_range", "Tài liệu không có trang này."),
    PAGE_WITHOUT_TEXT("comment_page_without_text",
            "Trang này là bản quét, không có chữ để trích dẫn. Vui lòng góp ý trên trang có chữ."),
    QUOTE_NOT_ON_PAGE("comment_quote_not_on_page",
            "Đoạn trích không có trên trang đã chọn. Vui lòng chọn lại đoạn văn trên trang này."),
    NOT_AN_ANSWER("comment_state_not_an_answer",
            "Hãy chọn: trả lời, tiếp thu hoặc giải trình."),
    WORDS_REQUIRED("comment_answer_required", "Vui lòng nhập nội dung trả lời hoặc giải trình.");

    private final String code;
    private final String message;

    CommentProblem(String code, String message) {
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
