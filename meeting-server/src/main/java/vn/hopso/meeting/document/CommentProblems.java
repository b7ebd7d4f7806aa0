package vn.hopso.meeting.document;

import org.springframework.http.HttpStatus;
import vn.hopso.documents.domain.CommentProblem;
import vn.hopso.meeting.web.ApiProblem;

/**
 * The comment rules' refusals as API answers, each naming the field at fault. The codes are written out here, where
 * the server's code list is read from; {@code CommentProblemsTest} proves each equals the domain's own.
 */
final class CommentProblems {

    private CommentProblems() {
    }

    static ApiProblem of(CommentProblem problem) {
        return switch (problem) {
            case PAGE_OUT_OF_RANGE -> ApiProblem.refusedField("comment_page_out_of_range", "page", problem.message());
            case PAGE_WITHOUT_TEXT -> ApiProblem.refusedField("comment_page_without_text", "page", problem.message());
            case QUOTE_NOT_ON_PAGE -> ApiProblem.refusedField("comment_quote_not_on_page", "quote",
                    problem.message());
            case NOT_AN_ANSWER -> ApiProblem.refusedField("comment_state_not_an_answer", "state",
                    problem.message());
            case WORDS_REQUIRED -> ApiProblem.refusedField("comment_answer_required", "answer", problem.message());
        };
    }

    /** Only delegates send comments, and only the secretariat and the chair handle them. */
    static ApiProblem mayNotComment() {
        return ApiProblem.of(HttpStatus.FORBIDDEN, "comment_delegates_only",
                "Chỉ đại biểu mới gửi và xem góp ý về tài liệu.");
    }
}
