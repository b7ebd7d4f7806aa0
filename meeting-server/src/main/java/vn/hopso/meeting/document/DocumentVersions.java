package vn.hopso.meeting.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.documents.domain.Annotation;
import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.domain.Inspection;
import vn.hopso.documents.domain.ProcessingProgress;
import vn.hopso.documents.domain.PageChanges;
import vn.hopso.documents.domain.PageFacts;
import vn.hopso.documents.domain.Passage;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.DocumentChanges;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.web.ApiProblem;

/**
 * A document replaced by a new version (bản mới): the file goes through what an upload goes through, then in one
 * transaction the version becomes current, and every reader's annotations on the version it replaces move to the same
 * passage in the new one where its text still has it; those whose passage is gone stay on the old version, detached.
 * Comments stay on the version they were sent on: they are the record of what was said about that text.
 */
@Component
class DocumentVersions {

    private final DocumentUploads uploads;
    private final DocumentStore store;
    private final AnnotationStore annotations;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    DocumentVersions(DocumentUploads uploads, DocumentStore store, AnnotationStore annotations,
            TransactionTemplate transactions, AuditLog audit, Clock clock) {
        this.uploads = uploads;
        this.store = store;
        this.annotations = annotations;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file {@code name} becomes the document's current version; the number it took. */
    int replace(Actor actor, StoredDocument stored, String name, byte[] bytes, BlobStore blobs,
            ProcessingProgress progress) {
        if (stored.document().withdrawnAt() != null) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "document_withdrawn",
                    "Tài liệu đã được rút, không thay bằng bản mới được.");
        }
        DocumentUploads.Processed file = uploads.process(name, bytes, blobs, progress);
        UUID documentId = stored.document().id();
        Integer number = transactions.execute(status -> {
            int next = store.lockForNewVersion(documentId);
            Inspection inspection = file.inspection();
            Instant now = clock.instant();
            store.addVersion(new Version(documentId, next, file.name(), file.digest(), file.type(), file.bytes(),
                    inspection.pages().size(), inspection.searchableText(), now, actor.accountId()), inspection.pages(),
                    file.signatures());
            List<String> texts = inspection.pages().stream().map(PageFacts::text).toList();
            int carried = 0;
            List<Annotation> earlier = annotations.onVersion(documentId, next - 1);
            for (Annotation annotation : earlier) {
                Optional<Passage> there = annotation.passage().in(texts);
                if (there.isPresent()) {
                    annotations.move(annotation.id(), next, there.get());
                    carried++;
                }
            }
            audit.record(actor, stored.organisationId(), "document.version", "document", documentId,
                    Map.of("version", next, "fileName", file.name().value(), "sha256", file.digest(),
                            "pages", inspection.pages().size(), "annotationsCarried", carried,
                            "annotationsDetached", earlier.size() - carried));
            return next;
        });
        return number;
    }

    /**
     * The pages of the current version to read again for someone who read version {@code since}.
     *
     * @throws ApiProblem when the document has no such version
     */
    DocumentChanges since(StoredDocument stored, int since) {
        UUID documentId = stored.document().id();
        Version current = stored.current();
        Optional<String> digest = since < 1 || since > current.number() ? Optional.empty()
                : store.digestOf(documentId, since);
        if (digest.isEmpty()) {
            throw ApiProblem.invalid("since", "Tài liệu không có bản " + since + ".");
        }
        List<Integer> changed = since == current.number() ? List.of()
                : PageChanges.changed(store.pageTexts(documentId, since), store.pageTexts(documentId, current.number()),
                        digest.get().equals(current.sha256()));
        return new DocumentChanges(documentId, since, current.number(), changed);
    }
}
