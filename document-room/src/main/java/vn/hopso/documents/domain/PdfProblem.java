package vn.hopso.documents.domain;

/** Why a file is refused or a page cannot be produced: a stable code and a Vietnamese reason for the secretariat. */
public enum PdfProblem {
    EMPTY("file_empty", "Tệp rỗng."),
    TOO_LARGE("file_too_large", "Tệp lớn quá giới hạn cho phép."),
    NOT_PDF("file_not_pdf", "Nội dung tệp không phải PDF (kiểu tệp được xác định theo nội dung, không theo tên)."),
    UNSUPPORTED("file_type_unsupported", "Chưa hỗ trợ chuyển đổi kiểu tệp này; vui lòng tải lên bản PDF."),
    PASSWORD("pdf_password", "Tệp PDF có mật khẩu; vui lòng tải lên bản không đặt mật khẩu mở."),
    CORRUPT("pdf_corrupt", "Tệp PDF bị hỏng hoặc không đọc được."),
    TOO_MANY_PAGES("pdf_too_many_pages", "Tệp PDF có nhiều trang quá giới hạn cho phép."),
    TOO_DEEP("pdf_too_deep", "Cấu trúc tệp PDF lồng nhau quá sâu."),
    TOO_SLOW("pdf_too_slow", "Xử lý một trang của tệp PDF quá thời gian cho phép."),
    NO_SUCH_PAGE("pdf_no_such_page", "Tài liệu không có trang này."),
    IMAGE_CORRUPT("image_corrupt", "Tệp ảnh bị hỏng hoặc không đọc được."),
    IMAGE_TOO_LARGE("image_too_large", "Ảnh có quá nhiều điểm ảnh; vui lòng tải lên ảnh nhỏ hơn hoặc bản PDF."),
    CONVERSION_FAILED("file_conversion_failed", "Không chuyển được tệp sang PDF; tệp có thể bị hỏng."),
    CONVERSION_TOO_SLOW("file_conversion_too_slow", "Chuyển tệp sang PDF quá thời gian cho phép."),
    CONVERTER_BUSY("converter_busy", "Hệ thống đang bận chuyển đổi tài liệu; vui lòng thử lại sau ít phút.");

    private final String code;
    private final String message;

    PdfProblem(String code, String message) {
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
