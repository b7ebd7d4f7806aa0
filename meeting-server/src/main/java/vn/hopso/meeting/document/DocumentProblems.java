package vn.hopso.meeting.document;

import org.springframework.http.HttpStatus;
import vn.hopso.documents.domain.Hidden;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.meeting.web.ApiProblem;

/**
 * The document room's refusals as API answers. The codes are written out here, where the server's code list is read
 * from ({@code ServerErrorCodesTest}); {@code DocumentProblemsTest} proves each equals the domain's own.
 */
final class DocumentProblems {

    private DocumentProblems() {
    }

    static ApiProblem of(Hidden hidden) {
        return switch (hidden) {
            case NOT_RELEASED -> ApiProblem.of(HttpStatus.FORBIDDEN, "document_not_released", hidden.message());
            case WITHDRAWN -> ApiProblem.of(HttpStatus.FORBIDDEN, "document_withdrawn", hidden.message());
            case DELEGATES_ONLY -> ApiProblem.of(HttpStatus.FORBIDDEN, "document_delegates_only", hidden.message());
            case CLOSED_SITTING -> ApiProblem.of(HttpStatus.FORBIDDEN, "document_closed_sitting", hidden.message());
            case CONFIDENTIAL -> ApiProblem.of(HttpStatus.FORBIDDEN, "document_confidential", hidden.message());
        };
    }

    static ApiProblem of(PdfProblem problem) {
        return switch (problem) {
            case EMPTY -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "file_empty", problem.message());
            case TOO_LARGE -> ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "file_too_large", problem.message());
            case NOT_PDF -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "file_not_pdf", problem.message());
            case UNSUPPORTED -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "file_type_unsupported",
                    problem.message());
            case PASSWORD -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "pdf_password", problem.message());
            case CORRUPT -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "pdf_corrupt", problem.message());
            case TOO_MANY_PAGES -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "pdf_too_many_pages",
                    problem.message());
            case TOO_DEEP -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "pdf_too_deep", problem.message());
            case TOO_SLOW -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "pdf_too_slow", problem.message());
            case NO_SUCH_PAGE -> ApiProblem.of(HttpStatus.NOT_FOUND, "pdf_no_such_page", problem.message());
            case IMAGE_CORRUPT -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "image_corrupt", problem.message());
            case IMAGE_TOO_LARGE -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "image_too_large",
                    problem.message());
            case CONVERSION_FAILED -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "file_conversion_failed",
                    problem.message());
            case CONVERSION_TOO_SLOW -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "file_conversion_too_slow",
                    problem.message());
            case CONVERTER_BUSY -> ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "converter_busy", problem.message());
        };
    }

    /** Downloading a copy is off for this document (reading it in the viewer is not). */
    static ApiProblem downloadNotAllowed() {
        return ApiProblem.of(HttpStatus.FORBIDDEN, "document_download_not_allowed",
                "Tài liệu này chỉ được xem, không được tải về.");
    }

    static ApiProblem fileNameRefused(String message) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, "file_name_invalid", message);
    }

    static ApiProblem storageNotConfigured() {
        return ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "storage_unavailable",
                "Kho lưu trữ tài liệu chưa sẵn sàng. Vui lòng thử lại sau hoặc báo cho bộ phận kỹ thuật.");
    }

    static ApiProblem tooManyFiles(int limit) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, "too_many_files",
                "Mỗi lần chỉ tải lên được tối đa " + limit + " tệp.");
    }
}
