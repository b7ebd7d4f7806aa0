package vn.hopso.meeting.document;

import org.springframework.http.HttpStatus;
import vn.hopso.documents.domain.CommentProblem;
import vn.hopso.meeting.web.ApiProblem;

/** Why an annotation is refused, as API answers naming the field at fault. */
final class AnnotationProblems {

    private AnnotationProblems() {
    }

    /** A passage that cannot be found, as it is for comments, under the annotations' own codes. */
    static ApiProblem of(CommentProblem problem) {
        return switch (problem) {
            case PAGE_OUT_OF_RANGE -> ApiProblem.refusedField("annotation_page_out_of_range", "page",
                    problem.message());
            case PAGE_WITHOUT_TEXT -> ApiProblem.refusedField("annotation_page_without_text", "page",
                    "Trang này là bản quét, không có chữ để đánh dấu.");
            case QUOTE_NOT_ON_PAGE -> ApiProblem.refusedField("annotation_quote_not_on_page", "quote",
                    "Đoạn đánh dấu không có trên trang đã chọn. Vui lòng chọn lại đoạn văn trên trang này.");
            case NOT_AN_ANSWER, WORDS_REQUIRED -> throw new IllegalArgumentException(problem + " is about answers");
        };
    }

    static ApiProblem mayNotAnnotate() {
        return ApiProblem.of(HttpStatus.FORBIDDEN, "annotation_not_allowed",
                "Chỉ đại biểu, chủ tọa và thư ký mới ghi chú trên tài liệu.");
    }

    static ApiProblem tooMany(int limit) {
        return ApiProblem.of(HttpStatus.CONFLICT, "annotation_limit",
                "Mỗi tài liệu chỉ giữ được tối đa " + limit + " ghi chú của một người. Hãy xoá bớt ghi chú cũ.");
    }
}
