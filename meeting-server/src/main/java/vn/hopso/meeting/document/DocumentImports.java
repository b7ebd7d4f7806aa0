package vn.hopso.meeting.document;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.domain.Kind;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.UploadedFile;

/**
 * Files the server itself places on a sitting's shelf, such as the demo council's papers, through exactly the path
 * of an upload: the same checks, PDFBox limits, storage under the digest and audit entry, with the actor named.
 */
@Component
public class DocumentImports {

    private final DocumentUploads uploads;
    private final ObjectProvider<BlobStore> blobs;

    DocumentImports(DocumentUploads uploads, ObjectProvider<BlobStore> blobs) {
        this.uploads = uploads;
        this.blobs = blobs;
    }

    /** Whether documents can be kept at all: without object storage there is no document room. */
    public boolean storageConfigured() {
        return blobs.getIfAvailable() != null;
    }

    /**
     * The file, attached to the sitting (or one of its items, or the whole session it belongs to) as {@code actor}
     * would upload it.
     */
    public UploadedFile attach(Actor actor, UUID organisationId, UUID sittingId, @Nullable UUID agendaItemId,
            boolean wholeSession, Kind kind, AccessClass access, String fileName, byte[] content) {
        BlobStore storage = blobs.getIfAvailable();
        if (storage == null) {
            throw DocumentProblems.storageNotConfigured();
        }
        return uploads.accept(actor, new DocumentUploads.Target(organisationId, sittingId, agendaItemId,
                wholeSession, kind, access),
                fileName, content, storage);
    }
}
