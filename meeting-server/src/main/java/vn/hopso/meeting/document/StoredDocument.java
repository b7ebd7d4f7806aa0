package vn.hopso.meeting.document;

import java.util.List;
import java.util.UUID;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.SignatureCheck;
import vn.hopso.documents.domain.Version;

/** A document as kept, with the organisation it belongs to, its current version and that version's signatures. */
record StoredDocument(UUID organisationId, Document document, Version current, List<SignatureCheck> signatures) {
}
