package vn.hopso.meeting.document;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Annotation;
import vn.hopso.documents.domain.CommentRefused;
import vn.hopso.documents.domain.HighlightColour;
import vn.hopso.documents.domain.NotesPage;
import vn.hopso.documents.domain.Passage;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AnnotationEdit;
import vn.hopso.meeting.api.AnnotationForm;
import vn.hopso.meeting.api.DocumentAnnotation;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.web.ApiProblem;

/**
 * Private annotations: a reader highlights passages of the documents they may open and writes notes on them, which
 * nobody else sees: not the secretariat, not an administrator, not the audit log. Whoever cannot open the document
 * gets the same answer as for opening it, so someone who lost access (a withdrawn document, a confidential one that no
 * longer names them) keeps their annotations stored but cannot reach them until access comes back.
 */
@Component
class DocumentAnnotations {

    /** How many annotations one reader keeps on one document. */
    static final int LIMIT = 2000;

    private final DocumentDesk desk;
    private final AnnotationStore store;
    private final CommentStore pages;
    private final Clock clock;

    DocumentAnnotations(DocumentDesk desk, AnnotationStore store, CommentStore pages, Clock clock) {
        this.desk = desk;
        this.store = store;
        this.pages = pages;
        this.clock = clock;
    }

    List<DocumentAnnotation> list(Actor actor, UUID documentId) {
        opened(actor, documentId);
        return store.of(documentId, actor.accountId()).stream().map(DocumentAnnotations::wire).toList();
    }

    DocumentAnnotation make(Actor actor, UUID documentId, AnnotationForm form) {
        DocumentDesk.Opened opened = opened(actor, documentId);
        Version version = opened.stored().current();
        String pageText = form.page() <= version.pages()
                ? pages.pageText(documentId, version.number(), form.page()).orElse("") : "";
        Passage passage;
        try {
            passage = Passage.locate(form.page(), version.pages(), pageText, form.quote(), form.start());
        } catch (CommentRefused refused) {
            throw AnnotationProblems.of(refused.problem());
        }
        if (store.count(documentId, actor.accountId()) >= LIMIT) {
            throw AnnotationProblems.tooMany(LIMIT);
        }
        Annotation annotation = Annotation.made(UUID.randomUUID(), documentId, version.number(), passage,
                actor.accountId(), HighlightColour.valueOf(form.colour().name()), noteOf(form.note()),
                clock.instant());
        store.create(annotation);
        return wire(annotation);
    }

    DocumentAnnotation edit(Actor actor, UUID annotationId, AnnotationEdit form) {
        Annotation annotation = own(actor, annotationId);
        if (form.version() != annotation.version()) {
            throw Refusal.staleVersion().exception();
        }
        Annotation edited = annotation.edited(HighlightColour.valueOf(form.colour().name()), noteOf(form.note()),
                clock.instant());
        if (!store.update(edited, annotation.version())) {
            throw Refusal.staleVersion().exception();
        }
        return wire(edited);
    }

    void delete(Actor actor, UUID annotationId) {
        Annotation annotation = own(actor, annotationId);
        if (!store.delete(annotation.id(), actor.accountId())) {
            throw Refusal.notFound("ghi chú").exception();
        }
    }

    /**
     * What the reader's annotated copy is made of: the document as they may download it, and their annotations on its
     * current version under a heading with their name and the document's title.
     */
    ForCopy forCopy(Actor actor, UUID documentId) {
        DocumentDesk.Opened opened = opened(actor, documentId);
        int current = opened.stored().current().number();
        List<Annotation> mine = store.of(documentId, actor.accountId()).stream()
                .filter(annotation -> annotation.documentVersion() == current).toList();
        return new ForCopy(opened, new NotesPage("Ghi chú của " + actor.fullName() + " — "
                + opened.stored().document().title(), mine));
    }

    record ForCopy(DocumentDesk.Opened opened, NotesPage notes) {
    }

    private DocumentDesk.Opened opened(Actor actor, UUID documentId) {
        DocumentDesk.Opened opened = desk.open(actor, documentId);
        if (!actor.may(Permission.ANNOTATE_DOCUMENTS, opened.stored().organisationId())) {
            throw AnnotationProblems.mayNotAnnotate();
        }
        return opened;
    }

    /** The caller's annotation on a document they may still open; anything else is as if it did not exist. */
    private Annotation own(Actor actor, UUID annotationId) {
        Annotation annotation = store.find(annotationId, actor.accountId())
                .orElseThrow(() -> Refusal.notFound("ghi chú").exception());
        try {
            opened(actor, annotation.documentId());
        } catch (Refused | ApiProblem hidden) {
            throw Refusal.notFound("ghi chú").exception();
        }
        return annotation;
    }

    private static String noteOf(String note) {
        return note == null ? "" : note;
    }

    private static DocumentAnnotation wire(Annotation a) {
        return new DocumentAnnotation(a.id(), a.documentId(), a.documentVersion(), a.passage().page(),
                a.passage().start(), a.passage().quote(),
                vn.hopso.meeting.api.HighlightColour.valueOf(a.colour().name()), a.note(), a.createdAt(),
                a.updatedAt(), a.version());
    }
}
