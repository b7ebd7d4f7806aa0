package vn.hopso.meeting.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.CommentAnswer;
import vn.hopso.meeting.api.CommentForm;
import vn.hopso.meeting.api.DocumentComment;
import vn.hopso.meeting.api.PageText;

/**
 * Góp ý over REST: delegates comment on a passage of a page, the secretariat and the chair answer, and print the
 * consolidated report (bản tổng hợp ý kiến).
 */
@Tag(name = "Comments", description = "Góp ý: comments on passages of documents and their answers")
@RestController
@RequestMapping("/api")
class DocumentCommentController {

    private final DocumentComments comments;
    private final DocumentDesk desk;
    private final CommentStore store;
    private final CommentReportPdf report;
    private final Clock clock;

    DocumentCommentController(DocumentComments comments, DocumentDesk desk, CommentStore store,
            CommentReportPdf report, Clock clock) {
        this.comments = comments;
        this.desk = desk;
        this.store = store;
        this.report = report;
        this.clock = clock;
    }

    @Operation(operationId = "getDocumentPageText", summary = "The text of one page of the current version, to "
            + "quote a passage from (empty for a scan)")
    @GetMapping("/documents/{id}/pages/{page}/text")
    PageText pageText(Actor actor, @PathVariable UUID id, @PathVariable int page) {
        Version version = desk.open(actor, id).stored().current();
        String text = page < 1 || page > version.pages() ? null
                : store.pageText(id, version.number(), page).orElse(null);
        if (text == null) {
            throw DocumentProblems.of(PdfProblem.NO_SUCH_PAGE);
        }
        return new PageText(id, version.number(), page, text);
    }

    @Operation(operationId = "sendComment", summary = "Send a comment on a passage of a page to the secretariat, "
            + "optionally visible to every delegate who may read the document (delegates)")
    @PostMapping("/documents/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    DocumentComment send(Actor actor, @PathVariable UUID id, @Valid @RequestBody CommentForm form) {
        return comments.send(actor, id, form);
    }

    @Operation(operationId = "listComments", summary = "The comments on a document the caller sees: every one for "
            + "the secretariat and the chair; a delegate's own and those visible to all for a delegate")
    @GetMapping("/documents/{id}/comments")
    List<DocumentComment> list(Actor actor, @PathVariable UUID id) {
        return comments.list(actor, id);
    }

    @Operation(operationId = "answerComment", summary = "Answer a comment, or mark it accepted (tiếp thu) or "
            + "explained (giải trình) (secretariat, chair)")
    @PutMapping("/comments/{id}/answer")
    @Transactional
    DocumentComment answer(Actor actor, @PathVariable UUID id, @Valid @RequestBody CommentAnswer form) {
        return comments.answer(actor, id, form);
    }

    @Operation(operationId = "getCommentReport", summary = "Bản tổng hợp ý kiến: every comment on the document as a "
            + "PDF, grouped by passage in page order, with author, time, text, state and answer (secretariat, chair)")
    @GetMapping(path = "/documents/{id}/comments/report.pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> report(Actor actor, @PathVariable UUID id) {
        DocumentComments.ForReport found = comments.forReport(actor, id);
        StoredDocument document = found.document();
        byte[] pdf = report.render(new CommentReportPdf.Heading(store.organisationName(document.organisationId()),
                document.document().title(), document.current().number(), clock.instant()), found.comments());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tong-hop-y-kien-" + id.toString().substring(0, 8) + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }
}
