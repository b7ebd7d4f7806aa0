package vn.hopso.meeting.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.PageRenderer;
import vn.hopso.documents.domain.ProcessingProgress;
import vn.hopso.documents.domain.ServedCopies;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.DocumentAccessClass;
import vn.hopso.meeting.api.DocumentChanges;
import vn.hopso.meeting.api.DocumentEntry;
import vn.hopso.meeting.api.DocumentKind;
import vn.hopso.meeting.api.DocumentSettings;
import vn.hopso.meeting.api.OfflineShelf;
import vn.hopso.meeting.api.ReadReceipt;
import vn.hopso.meeting.api.UploadStatus;
import vn.hopso.meeting.api.UploadedFile;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.sitting.PresentationStore;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.CommandAnswers;
import vn.hopso.meeting.web.Guard;

/** Phòng tài liệu over REST: the secretariat uploads and sets documents; readers list, view and download them. */
@Tag(name = "Documents", description = "Phòng tài liệu: the documents of sittings and agenda items")
@RestController
@RequestMapping("/api")
class DocumentController {

    /** Page images come in these widths, so that each is rendered once and kept beside the original. */
    private static final int[] WIDTHS = {160, 320, 480, 800, 1200, 1600, 2000};

    private final DocumentDesk desk;
    private final DocumentStore store;
    private final DocumentUploads uploads;
    private final DocumentReaders readers;
    private final ObjectProvider<BlobStore> blobs;
    private final PageRenderer renderer;
    private final ServedCopies copies;
    private final HopsoProperties properties;
    private final Clock clock;
    private final CommandPipeline pipeline;
    private final DocumentVersions versions;
    private final MadeOnce madeOnce;
    private final KeptFiles keptFiles;
    private final UploadProgressNotices progressNotices;
    private final PresentationStore presentations;
    private final ShelfNews news;

    DocumentController(DocumentDesk desk, DocumentStore store, DocumentUploads uploads, DocumentReaders readers,
            ObjectProvider<BlobStore> blobs, PageRenderer renderer, ServedCopies copies,
            HopsoProperties properties, Clock clock, CommandPipeline pipeline, DocumentVersions versions,
            MadeOnce madeOnce, KeptFiles keptFiles, UploadProgressNotices progressNotices,
            PresentationStore presentations, ShelfNews news) {
        this.presentations = presentations;
        this.news = news;
        this.progressNotices = progressNotices;
        this.keptFiles = keptFiles;
        this.pipeline = pipeline;
        this.versions = versions;
        this.madeOnce = madeOnce;
        this.desk = desk;
        this.store = store;
        this.uploads = uploads;
        this.readers = readers;
        this.blobs = blobs;
        this.renderer = renderer;
        this.copies = copies;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(operationId = "uploadDocuments", summary = "Upload one or more files as documents of a sitting, of "
            + "one of its agenda items, or of the whole session it belongs to (wholeSession: listed in each of the "
            + "session's sittings); each file answers for itself (ready, or failed with a reason). With "
            + "uploadId, the uploader's sockets are told how far the processing has got (upload.progress)")
    @PostMapping(path = "/sittings/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<UploadedFile> upload(Actor actor, @PathVariable UUID id, @RequestPart("files") List<MultipartFile> files,
            @RequestParam DocumentKind kind, @RequestParam(required = false) @Nullable UUID agendaItemId,
            @RequestParam(defaultValue = "DELEGATES") DocumentAccessClass access,
            @RequestParam(required = false) @Nullable UUID uploadId,
            @RequestParam(defaultValue = "false") boolean wholeSession) {
        DocumentDesk.SittingSeen seen = desk.sitting(actor, id);
        Guard.require(actor, Permission.MANAGE_DOCUMENTS, seen.sitting().organisationId());
        if (agendaItemId != null && !store.itemOfSitting(agendaItemId, id)) {
            throw ApiProblem.invalid("agendaItemId", "Nội dung này không thuộc phiên họp.");
        }
        if (agendaItemId != null && wholeSession) {
            throw ApiProblem.invalid("wholeSession", "whole_session_with_item",
                    "Tài liệu chung của kỳ họp không gắn với một nội dung; hãy bỏ chọn nội dung.");
        }
        if (files.size() > properties.documents().maxFilesPerUpload()) {
            throw DocumentProblems.tooManyFiles(properties.documents().maxFilesPerUpload());
        }
        BlobStore storage = storage();
        DocumentUploads.Target target = new DocumentUploads.Target(seen.sitting().organisationId(), id, agendaItemId,
                wholeSession, DocumentWire.kind(kind), DocumentWire.access(access));
        ProcessingProgress progress = progress(actor, uploadId);
        List<UploadedFile> answers = files.stream()
                .map(file -> uploads.accept(actor, target, file, storage, progress)).toList();
        if (answers.stream().anyMatch(answer -> answer.status() == UploadStatus.READY)) {
            news.tell(actor, id, wholeSession);
        }
        return answers;
    }

    @Operation(operationId = "replaceDocument", summary = "Replace a document with a new version: the file is read "
            + "as an upload is; readers' annotations move to the same passages where the new text still has them")
    @PostMapping(path = "/documents/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DocumentEntry replace(Actor actor, @PathVariable UUID id, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable UUID uploadId) {
        DocumentDesk.Opened opened = managed(actor, id);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read from its temporary copy", e);
        }
        versions.replace(actor, opened.stored(), name, bytes, storage(), progress(actor, uploadId));
        for (UUID sittingId : sittingsOf(opened.stored().document())) {
            CommandAnswers.applied(pipeline.run(actor, new SittingCommand.ShowCurrentVersion(sittingId, id), null));
        }
        news.tell(actor, opened.stored().document());
        return entry(desk.open(actor, id));
    }

    @Operation(operationId = "getDocumentChanges", summary = "The pages of the current version that changed since "
            + "an earlier version the caller read")
    @GetMapping("/documents/{id}/changes")
    DocumentChanges changes(Actor actor, @PathVariable UUID id, @RequestParam int since) {
        return versions.since(desk.open(actor, id).stored(), since);
    }

    @Operation(operationId = "listDocuments", summary = "List the documents of a sitting the caller may read")
    @GetMapping("/sittings/{id}/documents")
    List<DocumentEntry> list(Actor actor, @PathVariable UUID id) {
        DocumentDesk.SittingSeen seen = desk.sitting(actor, id);
        Map<UUID, Integer> read = desk.lastRead(id, actor.accountId());
        return desk.visibleIn(seen).stream()
                .map(opened -> DocumentWire.entry(opened, read.get(opened.stored().document().id())))
                .toList();
    }

    @Operation(operationId = "getOfflineShelf", summary = "The documents of a sitting the caller may read now, to "
            + "keep in the browser for reading without a connection, and until when it may keep them")
    @GetMapping("/sittings/{id}/documents/offline")
    OfflineShelf offline(Actor actor, @PathVariable UUID id) {
        return new OfflineShelf(clock.instant().plus(properties.documents().offlineTime()), list(actor, id));
    }

    @Operation(operationId = "getDocument", summary = "Get a document the caller may read")
    @GetMapping("/documents/{id}")
    DocumentEntry get(Actor actor, @PathVariable UUID id) {
        return entry(desk.open(actor, id));
    }

    @Operation(operationId = "updateDocument", summary = "Set a document's title, kind, place, readers, release "
            + "time and whether it may be downloaded and printed")
    @PutMapping("/documents/{id}")
    DocumentEntry update(Actor actor, @PathVariable UUID id, @Valid @RequestBody DocumentSettings settings) {
        DocumentDesk.Opened opened = managed(actor, id);
        UUID organisationId = opened.stored().organisationId();
        Set<UUID> named = Set.copyOf(settings.readerIds());
        AccessClass access = DocumentWire.access(settings.access());
        if (access != AccessClass.CONFIDENTIAL && !named.isEmpty()) {
            throw ApiProblem.invalid("readerIds", "readers_only_confidential",
                    "Chỉ tài liệu mật mới chỉ định người đọc.");
        }
        if (!store.membersAmong(organisationId, named).containsAll(named)) {
            throw ApiProblem.invalid("readerIds", "reader_not_member", "Người đọc phải là thành viên của hội đồng.");
        }
        Document before = opened.stored().document();
        Document after = new Document(id, before.sittingId(), before.agendaItemId(), before.wholeSession(),
                DocumentWire.kind(settings.kind()), settings.position(), settings.title(), access, named,
                settings.releaseAt(), settings.downloadAllowed(), settings.printAllowed(), before.withdrawnAt());
        for (UUID sittingId : sittingsOf(before)) {
            CommandAnswers.applied(pipeline.run(actor, new SittingCommand.SetDocument(sittingId, after), null));
        }
        news.tell(actor, after);
        return entry(desk.open(actor, id));
    }

    @Operation(operationId = "withdrawDocument", summary = "Withdraw a document: readers no longer see it")
    @PostMapping("/documents/{id}/withdrawal")
    DocumentEntry withdraw(Actor actor, @PathVariable UUID id) {
        DocumentDesk.Opened opened = managed(actor, id);
        for (UUID sittingId : sittingsOf(opened.stored().document())) {
            CommandAnswers.applied(pipeline.run(actor, new SittingCommand.WithdrawDocument(sittingId, id), null));
        }
        news.tell(actor, opened.stored().document());
        return entry(desk.open(actor, id));
    }

    @Operation(operationId = "downloadDocument", summary = "Download the caller's copy: without active content, "
            + "watermarked with their name, number and the time unless the document is public")
    @GetMapping(path = "/documents/{id}/file", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> download(Actor actor, @PathVariable UUID id) {
        DocumentDesk.Opened opened = desk.open(actor, id);
        if (!opened.stored().document().downloadAllowed() && !actor.may(Permission.MANAGE_DOCUMENTS,
                opened.stored().organisationId())) {
            throw DocumentProblems.downloadNotAllowed();
        }
        byte[] copy;
        try {
            copy = copies.copy(pdfOf(opened), opened.watermarked() ? Optional.of(readers.watermark(actor))
                    : Optional.empty(), opened.printableBy(actor));
        } catch (UnreadablePdf e) {
            throw DocumentProblems.of(e.problem());
        }
        read(opened, actor, 1);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(DocumentFiles.servedName(opened.stored().current()), StandardCharsets.UTF_8).build()
                        .toString())
                .body(copy);
    }

    @Operation(operationId = "getDocumentPage", summary = "One page as a PNG image (thumbnails, the hall display, "
            + "browsers that cannot draw PDF), watermarked like a download; opening it counts as reading the document "
            + "up to that page, unless it is shown as a thumbnail (thumbnail=true)")
    @GetMapping(path = "/documents/{id}/pages/{page}", produces = {MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> page(Actor actor, @PathVariable UUID id, @PathVariable int page,
            @RequestParam(defaultValue = "800") int width, @RequestParam(defaultValue = "false") boolean thumbnail) {
        if (width < 16 || width > properties.documents().maxImageWidth()) {
            throw ApiProblem.invalid("width", "Chiều rộng ảnh trang phải từ 16 đến "
                    + properties.documents().maxImageWidth() + " điểm ảnh.");
        }
        DocumentDesk.Opened opened = openAt(actor, id, page);
        int shown = width(width);
        byte[] image = derived(opened, "page-" + page + "-w" + shown + ".png", MediaType.IMAGE_PNG_VALUE,
                pdf -> renderer.png(pdf, page, shown));
        if (opened.watermarked()) {
            image = copies.watermarkImage(image, readers.watermark(actor));
        }
        if (!thumbnail) {
            read(opened, actor, page);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(image);
    }

    @Operation(operationId = "getDocumentPageFile", summary = "One page as a PDF of its own, for the viewer to draw: "
            + "without active content or anything of the other pages, watermarked like a download; opening it counts "
            + "as reading the document up to that page, unless it is taken for reading offline (offline=true)")
    @GetMapping(path = "/documents/{id}/pages/{page}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> pageFile(Actor actor, @PathVariable UUID id, @PathVariable int page,
            @RequestParam(defaultValue = "false") boolean offline) {
        DocumentDesk.Opened opened = openAt(actor, id, page);
        byte[] file = derived(opened, "page-" + page + ".pdf", MediaType.APPLICATION_PDF_VALUE,
                pdf -> copies.page(pdf, page));
        boolean printable = opened.printableBy(actor);
        if (opened.watermarked() || !printable) {
            try {
                file = copies.copy(file, opened.watermarked() ? Optional.of(readers.watermark(actor))
                        : Optional.empty(), printable);
            } catch (UnreadablePdf e) {
                throw DocumentProblems.of(e.problem());
            }
        }
        if (!offline) {
            read(opened, actor, page);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .body(file);
    }

    @Operation(operationId = "listDocumentReads", summary = "Who opened which version of a document, when, and how "
            + "far they read (secretariat)")
    @GetMapping("/documents/{id}/reads")
    List<ReadReceipt> reads(Actor actor, @PathVariable UUID id) {
        managed(actor, id);
        return store.receipts(id);
    }

    /** Where the processing stands, told to the uploader's screens when they named the upload. */
    private ProcessingProgress progress(Actor actor, @Nullable UUID uploadId) {
        return uploadId == null ? ProcessingProgress.NONE : progressNotices.of(actor.accountId(), uploadId);
    }

    /** The document, opened by a reader at one of its pages. */
    private DocumentDesk.Opened openAt(Actor actor, UUID id, int page) {
        DocumentDesk.Opened opened = desk.open(actor, id);
        if (page < 1 || page > opened.stored().current().pages()) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "pdf_no_such_page", "Tài liệu không có trang này.");
        }
        return opened;
    }

    /** Makes a derived file from a version's PDF. */
    @FunctionalInterface
    private interface FromPdf {
        byte[] make(byte[] pdf) throws UnreadablePdf;
    }

    /**
     * A file derived from the current version's PDF, stored beside it under {@code name}: the one kept in the heap,
     * else the stored one, else made now and stored; fetched or made once however many ask at the same moment.
     */
    private byte[] derived(DocumentDesk.Opened opened, String name, String contentType, FromPdf from) {
        String sha = opened.stored().current().sha256();
        String key = sha + "/" + name;
        Optional<byte[]> kept = keptFiles.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        BlobStore storage = storage();
        try {
            return madeOnce.once(key, () -> {
                byte[] file = storage.derived(sha, name).orElse(null);
                if (file == null) {
                    file = from.make(pdfOf(opened));
                    storage.putDerived(sha, name, file, contentType);
                }
                keptFiles.keep(key, file);
                return file;
            });
        } catch (UnreadablePdf e) {
            throw DocumentProblems.of(e.problem());
        }
    }

    /**
     * The sittings whose turn a change of the document runs in: each that presents it now (a document of the whole
     * session may be presented in any of its sittings), else the one it was uploaded to.
     */
    private List<UUID> sittingsOf(Document document) {
        List<UUID> presenting = presentations.presenting(document.id());
        return presenting.isEmpty() ? List.of(document.sittingId()) : presenting;
    }

    private DocumentDesk.Opened managed(Actor actor, UUID id) {
        DocumentDesk.Opened opened = desk.open(actor, id);
        Guard.require(actor, Permission.MANAGE_DOCUMENTS, opened.stored().organisationId());
        return opened;
    }

    private DocumentEntry entry(DocumentDesk.Opened opened) {
        Document document = opened.stored().document();
        return DocumentWire.entry(opened, desk.lastRead(document.sittingId(), opened.viewer().accountId())
                .get(document.id()));
    }

    private byte[] pdfOf(DocumentDesk.Opened opened) {
        return DocumentFiles.pdf(storage(), opened.stored().current());
    }

    private void read(DocumentDesk.Opened opened, Actor actor, int page) {
        store.recordRead(opened.stored().document().id(), opened.stored().current().number(), actor.accountId(), page,
                clock.instant());
    }

    private BlobStore storage() {
        BlobStore storage = blobs.getIfAvailable();
        if (storage == null) {
            throw DocumentProblems.storageNotConfigured();
        }
        return storage;
    }

    private int width(int asked) {
        for (int candidate : WIDTHS) {
            if (candidate >= asked) {
                return Math.min(candidate, properties.documents().maxImageWidth());
            }
        }
        return properties.documents().maxImageWidth();
    }
}
