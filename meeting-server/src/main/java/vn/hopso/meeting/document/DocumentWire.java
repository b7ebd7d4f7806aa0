package vn.hopso.meeting.document;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.Kind;
import vn.hopso.documents.domain.SignatureCheck;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.api.DocumentAccessClass;
import vn.hopso.meeting.api.DocumentEntry;
import vn.hopso.meeting.api.DocumentSignature;
import vn.hopso.meeting.api.DocumentKind;

/** Between the document room's domain and the published records. */
final class DocumentWire {

    private DocumentWire() {
    }

    /** The document as the viewer sees it, who last opened its version {@code readVersion} (none: never). */
    static DocumentEntry entry(DocumentDesk.Opened opened, @Nullable Integer readVersion) {
        Document d = opened.stored().document();
        Version v = opened.stored().current();
        boolean staff = opened.viewer().clearance() == Clearance.STAFF;
        return new DocumentEntry(d.id(), d.sittingId(), d.agendaItemId(), d.wholeSession(),
                DocumentKind.valueOf(d.kind().name()),
                d.position(), d.title(), DocumentAccessClass.valueOf(d.access().name()),
                staff ? List.copyOf(d.namedReaders()) : List.of(), d.releaseAt(), d.downloadAllowed(),
                d.printAllowed(), d.withdrawnAt(), v.number(), v.fileName().value(), v.bytes(), v.pages(),
                v.searchableText(), opened.watermarked(),
                readVersion != null && readVersion == v.number(), readVersion,
                opened.stored().signatures().stream().map(DocumentWire::signature).toList());
    }

    private static DocumentSignature signature(SignatureCheck check) {
        return new DocumentSignature(check.signer(), check.signedAt(), check.intact(), check.modifiedAfterSigning(),
                check.trusted(), check.valid(), check.problem());
    }

    static Kind kind(DocumentKind kind) {
        return Kind.valueOf(kind.name());
    }

    static AccessClass access(DocumentAccessClass access) {
        return AccessClass.valueOf(access.name());
    }
}
