package vn.hopso.meeting.document;

import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.domain.ContentType;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.domain.Refusal;

/** Where the PDF of a version is: the original itself, or, for an Office file, the PDF converted from it. */
final class DocumentFiles {

    /** The derived file an Office original's PDF is kept as, beside the original. */
    static final String CONVERTED = "converted.pdf";

    private DocumentFiles() {
    }

    static byte[] pdf(BlobStore blobs, Version version) {
        var found = version.type() == ContentType.PDF ? blobs.original(version.sha256())
                : blobs.derived(version.sha256(), CONVERTED);
        return found.orElseThrow(() -> Refusal.notFound("tệp của tài liệu").exception());
    }

    /** The name a downloaded copy is offered under: the uploaded name, with .pdf for a converted file. */
    static String servedName(Version version) {
        return version.type() == ContentType.PDF ? version.fileName().value() : version.fileName().stem() + ".pdf";
    }
}
