package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hopso.documents.domain.CommentProblem;

/** The codes written out for the server's code list are the comment rules' own, message and all. */
class CommentProblemsTest {

    @ParameterizedTest
    @EnumSource(CommentProblem.class)
    void everyCommentProblemKeepsItsCodeAndMessageAndIsABadRequestNamingItsField(CommentProblem problem) {
        var answer = CommentProblems.of(problem);
        assertThat(answer.code()).isEqualTo(problem.code());
        assertThat(answer.getMessage()).isEqualTo(problem.message());
        assertThat(answer.status().value()).isEqualTo(400);
        assertThat(answer.toError().fields()).singleElement()
                .satisfies(field -> assertThat(field.code()).isEqualTo(problem.code()));
    }
}
