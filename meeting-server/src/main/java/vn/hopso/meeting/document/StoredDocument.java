package vn.hopso.meeting.document;

import java.util.UUID;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.Version;

/** A document as kept, with the organisation it belongs to and its current version. */
record StoredDocument(UUID organisationId, Document document, Version current) {
}
