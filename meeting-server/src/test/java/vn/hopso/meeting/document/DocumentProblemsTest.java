package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hopso.documents.domain.Hidden;
import vn.hopso.documents.domain.PdfProblem;

/** The codes written out for the server's code list are the document room's own, message and all. */
class DocumentProblemsTest {

    @ParameterizedTest
    @EnumSource(PdfProblem.class)
    void everyFileProblemKeepsItsCodeAndMessage(PdfProblem problem) {
        assertThat(DocumentProblems.of(problem).code()).isEqualTo(problem.code());
        assertThat(DocumentProblems.of(problem).getMessage()).isEqualTo(problem.message());
        int status = DocumentProblems.of(problem).status().value();
        if (problem == PdfProblem.CONVERTER_BUSY) {
            assertThat(status).as("a busy converter is the server's state, not the file's fault").isEqualTo(503);
        } else {
            assertThat(status).isBetween(400, 499);
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void everyReasonToHideADocumentKeepsItsCodeAndIsAForbiddenAnswer(Hidden hidden) {
        assertThat(DocumentProblems.of(hidden).code()).isEqualTo(hidden.code());
        assertThat(DocumentProblems.of(hidden).status().value()).isEqualTo(403);
    }
}
