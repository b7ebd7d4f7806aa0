package vn.hopso.meeting.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.domain.ServedCopies;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AnnotationEdit;
import vn.hopso.meeting.api.AnnotationForm;
import vn.hopso.meeting.api.DocumentAnnotation;

/** Private annotations over REST: one's own highlights and notes on a document, and one's annotated copy. */
@Tag(name = "Annotations", description = "Private highlights and notes that only their author sees")
@RestController
@RequestMapping("/api")
class DocumentAnnotationController {

    private final DocumentAnnotations annotations;
    private final DocumentReaders readers;
    private final ServedCopies copies;
    private final ObjectProvider<BlobStore> blobs;

    DocumentAnnotationController(DocumentAnnotations annotations, DocumentReaders readers, ServedCopies copies,
            ObjectProvider<BlobStore> blobs) {
        this.annotations = annotations;
        this.readers = readers;
        this.copies = copies;
        this.blobs = blobs;
    }

    @Operation(operationId = "listAnnotations", summary = "The caller's own annotations on a document, of every "
            + "version, in passage order (delegates, chair, secretariat)")
    @GetMapping("/documents/{id}/annotations")
    List<DocumentAnnotation> list(Actor actor, @PathVariable UUID id) {
        return annotations.list(actor, id);
    }

    @Operation(operationId = "makeAnnotation", summary = "Highlight a passage of a page of the current version, with "
            + "a note or none, seen by the caller alone")
    @PostMapping("/documents/{id}/annotations")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    DocumentAnnotation make(Actor actor, @PathVariable UUID id, @Valid @RequestBody AnnotationForm form) {
        return annotations.make(actor, id, form);
    }

    @Operation(operationId = "editAnnotation", summary = "Change the colour or the note of one's annotation")
    @PutMapping("/annotations/{id}")
    @Transactional
    DocumentAnnotation edit(Actor actor, @PathVariable UUID id, @Valid @RequestBody AnnotationEdit form) {
        return annotations.edit(actor, id, form);
    }

    @Operation(operationId = "deleteAnnotation", summary = "Remove one's annotation")
    @DeleteMapping("/annotations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(Actor actor, @PathVariable UUID id) {
        annotations.delete(actor, id);
    }

    @Operation(operationId = "downloadAnnotatedCopy", summary = "My annotated copy: the caller's copy of the current "
            + "version (watermarked unless public) with their highlights and notes on it and listed at the end; "
            + "refused like a download when the document may only be read")
    @GetMapping(path = "/documents/{id}/annotated.pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> annotatedCopy(Actor actor, @PathVariable UUID id) {
        DocumentAnnotations.ForCopy found = annotations.forCopy(actor, id);
        DocumentDesk.Opened opened = found.opened();
        if (!opened.stored().document().downloadAllowed() && !actor.may(Permission.MANAGE_DOCUMENTS,
                opened.stored().organisationId())) {
            throw DocumentProblems.downloadNotAllowed();
        }
        BlobStore storage = blobs.getIfAvailable();
        if (storage == null) {
            throw DocumentProblems.storageNotConfigured();
        }
        byte[] copy;
        try {
            copy = copies.annotatedCopy(DocumentFiles.pdf(storage, opened.stored().current()),
                    opened.watermarked() ? Optional.of(readers.watermark(actor)) : Optional.empty(), found.notes(),
                    opened.printableBy(actor));
        } catch (UnreadablePdf e) {
            throw DocumentProblems.of(e.problem());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ghi-chu-" + DocumentFiles.servedName(opened.stored().current()),
                                StandardCharsets.UTF_8)
                        .build().toString())
                .body(copy);
    }
}
