package vn.hopso.meeting.document;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Comment;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.CommentRefused;
import vn.hopso.documents.domain.CommentState;
import vn.hopso.documents.domain.Passage;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.CommentAnswer;
import vn.hopso.meeting.api.CommentForm;
import vn.hopso.meeting.api.DocumentComment;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.CommandAnswers;
import vn.hopso.meeting.web.Guard;

/**
 * Góp ý on documents. Whoever cannot open a document (another council's, a closed sitting's for a guest, before its
 * release, a confidential one not naming them) gets the same answer as for opening it, so comments follow the
 * document's access exactly; among those who may open it, delegates send comments and see their own and those made
 * visible to all, and the secretariat and the chair see, answer and report on every one.
 */
@Component
class DocumentComments {

    /** Who tells of comments: the system, as the author of a comment may not speak for the staff. */
    static final Actor COMMENTS = Actor.system("Hệ thống (góp ý)");

    private final DocumentDesk desk;
    private final CommentStore store;
    private final DocumentStore documents;
    private final CommandPipeline pipeline;
    private final AuditLog audit;
    private final Clock clock;

    DocumentComments(DocumentDesk desk, CommentStore store, DocumentStore documents, CommandPipeline pipeline,
            AuditLog audit, Clock clock) {
        this.desk = desk;
        this.store = store;
        this.documents = documents;
        this.pipeline = pipeline;
        this.audit = audit;
        this.clock = clock;
    }

    DocumentComment send(Actor actor, UUID documentId, CommentForm form) {
        DocumentDesk.Opened opened = desk.open(actor, documentId);
        UUID organisationId = opened.stored().organisationId();
        if (!actor.may(Permission.COMMENT_ON_DOCUMENTS, organisationId)) {
            throw CommentProblems.mayNotComment();
        }
        Version version = opened.stored().current();
        String pageText = form.page() <= version.pages()
                ? store.pageText(documentId, version.number(), form.page()).orElse("") : "";
        Comment comment;
        try {
            Passage passage = Passage.locate(form.page(), version.pages(), pageText, form.quote(), form.start());
            comment = Comment.sent(UUID.randomUUID(), documentId, version.number(), passage, actor.accountId(),
                    form.text(), form.visibleToAll(), clock.instant());
        } catch (CommentRefused refused) {
            throw CommentProblems.of(refused.problem());
        }
        store.create(comment);
        tell(opened.stored(), comment);
        audit.record(actor, organisationId, "comment.send", "document", documentId, Map.of("comment", comment.id(),
                "page", form.page(), "visibleToAll", form.visibleToAll()));
        return CommentWire.comment(store.find(comment.id()).orElseThrow(), actor.accountId());
    }

    /** The document's comments the caller sees, in passage order. */
    List<DocumentComment> list(Actor actor, UUID documentId) {
        DocumentDesk.Opened opened = desk.open(actor, documentId);
        boolean handles = handles(actor, opened);
        if (!handles && !actor.may(Permission.COMMENT_ON_DOCUMENTS, opened.stored().organisationId())) {
            throw CommentProblems.mayNotComment();
        }
        return store.ofDocument(documentId).stream()
                .filter(named -> named.comment().shownTo(actor.accountId(), handles))
                .map(named -> CommentWire.comment(named, actor.accountId()))
                .toList();
    }

    DocumentComment answer(Actor actor, UUID commentId, CommentAnswer form) {
        CommentStore.Named named = store.find(commentId)
                .orElseThrow(() -> Refusal.notFound("góp ý").exception());
        DocumentDesk.Opened opened = opened(actor, named.comment());
        Guard.require(actor, Permission.HANDLE_COMMENTS, opened.stored().organisationId());
        Comment comment = named.comment();
        if (form.version() != comment.version()) {
            throw Refusal.staleVersion().exception();
        }
        Comment answered;
        try {
            answered = comment.answered(CommentState.valueOf(form.state().name()), form.answer(), actor.accountId(),
                    clock.instant());
        } catch (CommentRefused refused) {
            throw CommentProblems.of(refused.problem());
        }
        if (!store.answer(answered, comment.version())) {
            throw Refusal.staleVersion().exception();
        }
        tell(opened.stored(), answered);
        audit.record(actor, opened.stored().organisationId(), "comment.answer", "document", comment.documentId(),
                Map.of("comment", commentId, "state", answered.state().name()));
        return CommentWire.comment(store.find(commentId).orElseThrow(), actor.accountId());
    }

    /** Every comment on the document, for its report: the secretariat's and the chair's. */
    ForReport forReport(Actor actor, UUID documentId) {
        DocumentDesk.Opened opened = desk.open(actor, documentId);
        Guard.require(actor, Permission.HANDLE_COMMENTS, opened.stored().organisationId());
        return new ForReport(opened.stored(), store.ofDocument(documentId));
    }

    /** A document and all its comments. */
    record ForReport(StoredDocument document, List<CommentStore.Named> comments) {
    }

    /** The comment's document, as the caller may open it; a comment they may not see is as if it did not exist. */
    private DocumentDesk.Opened opened(Actor actor, Comment comment) {
        DocumentDesk.Opened opened;
        try {
            opened = desk.open(actor, comment.documentId());
        } catch (Refused | ApiProblem hidden) {
            throw Refusal.notFound("góp ý").exception();
        }
        if (!comment.shownTo(actor.accountId(), handles(actor, opened))) {
            throw Refusal.notFound("góp ý").exception();
        }
        return opened;
    }

    /**
     * Tells each sitting that lists the document, in the caller's transaction, so that the lists showing the comment
     * read themselves again ({@code comments.changed}); a refusal rolls the comment back with it.
     */
    private void tell(StoredDocument stored, Comment comment) {
        Document document = stored.document();
        for (UUID sittingId : documents.listing(document.sittingId(), document.wholeSession())) {
            CommandAnswers.applied(pipeline.run(COMMENTS, new SittingCommand.AnnounceComment(sittingId,
                    comment.documentId(), comment.authorId(), comment.visibleToAll()), null));
        }
    }

    private static boolean handles(Actor actor, DocumentDesk.Opened opened) {
        return actor.may(Permission.HANDLE_COMMENTS, opened.stored().organisationId());
    }
}
