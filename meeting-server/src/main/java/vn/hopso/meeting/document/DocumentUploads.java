package vn.hopso.meeting.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.domain.ContentSniffer;
import vn.hopso.documents.domain.ContentType;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.FileName;
import vn.hopso.documents.domain.ImageConverter;
import vn.hopso.documents.domain.Inspection;
import vn.hopso.documents.domain.Kind;
import vn.hopso.documents.domain.OfficeConverter;
import vn.hopso.documents.domain.OfficeFormat;
import vn.hopso.documents.domain.PdfInspector;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.ProcessingProgress;
import vn.hopso.documents.domain.SignatureCheck;
import vn.hopso.documents.domain.SignatureVerifier;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.UploadStatus;
import vn.hopso.meeting.api.UploadedFile;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.web.ApiProblem;

/**
 * One uploaded file, from bytes to an attached document: its type from its content (an Office file converted to PDF),
 * then PDFBox within the limits, then the original into the blob store under its digest (a converted PDF beside it),
 * then the document, its version and its page texts in one
 * transaction. A refused file leaves nothing behind and does not stop the other files of the upload.
 */
@Component
class DocumentUploads {

    /**
     * What every file of one upload shares: the sitting it is uploaded to, and there one of its items, or the sitting
     * as a whole, or the whole session the sitting belongs to ({@code wholeSession}, never with an item).
     */
    record Target(UUID organisationId, UUID sittingId, @Nullable UUID agendaItemId, boolean wholeSession, Kind kind,
            AccessClass access) {
    }

    /** The PDF that is read and served, and what the upload was. */
    private record Prepared(byte[] pdf, ContentType type) {
    }

    /** A file read within the limits and stored under its digest: what a version is made of. */
    record Processed(FileName name, long bytes, String digest, ContentType type, Inspection inspection,
            List<SignatureCheck> signatures) {
    }

    private final DocumentStore store;
    private final PdfInspector inspector;
    private final SignatureVerifier signatureVerifier;
    private final ObjectProvider<OfficeConverter> converter;
    private final ImageConverter images;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    DocumentUploads(DocumentStore store, PdfInspector inspector, SignatureVerifier signatureVerifier,
            ObjectProvider<OfficeConverter> converter, ImageConverter images, TransactionTemplate transactions,
            AuditLog audit, Clock clock) {
        this.images = images;
        this.store = store;
        this.inspector = inspector;
        this.signatureVerifier = signatureVerifier;
        this.converter = converter;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    UploadedFile accept(Actor actor, Target target, MultipartFile file, BlobStore blobs, ProcessingProgress progress) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            return accept(actor, target, name, file.getBytes(), blobs, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read from its temporary copy", e);
        }
    }

    /** A file named {@code name} with its content, as if uploaded. */
    UploadedFile accept(Actor actor, Target target, String name, byte[] bytes, BlobStore blobs) {
        return accept(actor, target, name, bytes, blobs, ProcessingProgress.NONE);
    }

    private UploadedFile accept(Actor actor, Target target, String name, byte[] bytes, BlobStore blobs,
            ProcessingProgress progress) {
        Processed processed;
        try {
            processed = process(name, bytes, blobs, progress);
        } catch (ApiProblem refused) {
            return failed(printable(name), refused);
        }
        UUID id = transactions.execute(status -> attach(actor, target, processed));
        Inspection inspection = processed.inspection();
        return new UploadedFile(name, UploadStatus.READY, id, inspection.pages().size(), inspection.searchableText(),
                null, null);
    }

    /**
     * A file's name checked, its type found from its content (an Office file converted), PDFBox run over it within
     * the limits, and the original stored under its digest with the converted PDF beside it.
     *
     * @throws ApiProblem when the name or the file is refused, with the reason in Vietnamese
     */
    Processed process(String name, byte[] bytes, BlobStore blobs, ProcessingProgress progress) {
        Optional<String> nameProblem = FileName.problem(name);
        if (nameProblem.isPresent()) {
            throw DocumentProblems.fileNameRefused(nameProblem.get());
        }
        try {
            Prepared prepared = prepare(bytes, progress);
            Inspection inspection = inspector.inspect(prepared.pdf(), progress);
            // A converted Office file or image has no PDF signature of its own: only an uploaded PDF is checked.
            List<SignatureCheck> signatures = prepared.type() == ContentType.PDF ? signatureVerifier.verify(bytes)
                    : List.of();
            String digest = blobs.putOriginal(bytes);
            if (prepared.type() != ContentType.PDF) {
                blobs.putDerived(digest, DocumentFiles.CONVERTED, prepared.pdf(), "application/pdf");
            }
            return new Processed(new FileName(name), bytes.length, digest, prepared.type(), inspection, signatures);
        } catch (UnreadablePdf e) {
            throw DocumentProblems.of(e.problem());
        }
    }

    /** A PDF as it is; an image on a page of its own; an Office file converted, when LibreOffice is installed. */
    private Prepared prepare(byte[] bytes, ProcessingProgress progress) throws UnreadablePdf {
        if (bytes.length == 0) {
            throw new UnreadablePdf(PdfProblem.EMPTY);
        }
        ContentType type = ContentSniffer.sniff(bytes);
        return switch (type) {
            case PDF -> new Prepared(bytes, type);
            case ZIP_OFFICE, OLE2_OFFICE -> {
                OfficeFormat format = OfficeFormat.of(bytes).orElseThrow(() -> new UnreadablePdf(PdfProblem.UNSUPPORTED));
                OfficeConverter office = converter.getIfAvailable();
                if (office == null) {
                    throw new UnreadablePdf(PdfProblem.UNSUPPORTED);
                }
                yield new Prepared(office.toPdf(bytes, format, progress), type);
            }
            case PNG, JPEG -> new Prepared(images.toPdf(bytes), type);
            case UNKNOWN -> throw new UnreadablePdf(PdfProblem.NOT_PDF);
        };
    }

    private UUID attach(Actor actor, Target target, Processed file) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Document document = new Document(id, target.sittingId(), target.agendaItemId(), target.wholeSession(),
                target.kind(), store.nextPosition(target.sittingId(), target.agendaItemId(), target.wholeSession()),
                file.name().stem(), target.access(),
                Set.of(), null, true, true, null);
        Inspection inspection = file.inspection();
        Version version = new Version(id, 1, file.name(), file.digest(), file.type(), file.bytes(),
                inspection.pages().size(), inspection.searchableText(), now, actor.accountId());
        store.create(target.organisationId(), document, version, inspection.pages(), file.signatures(), now);
        audit.record(actor, target.organisationId(), "document.upload", "document", id,
                Map.of("fileName", file.name().value(), "sha256", file.digest(), "pages", inspection.pages().size()));
        return id;
    }

    private static UploadedFile failed(String name, ApiProblem problem) {
        return new UploadedFile(name, UploadStatus.FAILED, null, null, null, problem.code(), problem.getMessage());
    }

    /** A name that cannot be kept, echoed with what cannot be sent as text replaced. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.appendCodePoint(
                c == 0 || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) ? 0xFFFD : c));
        return shown.length() > FileName.MAX_LENGTH ? shown.substring(0, FileName.MAX_LENGTH) + "…" : shown.toString();
    }
}
