package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A document of a sitting as its reader sees it, with its current version.
 *
 * @param sittingId the sitting it was uploaded to
 * @param wholeSession a document of the whole session (tài liệu chung của kỳ họp): listed in every sitting of the
 *     session the sitting belongs to, with no agenda item
 * @param readerIds the accounts a confidential document is given to; shown to the secretariat only
 * @param fileName the uploaded file's name exactly as it came (show it as text, never as markup)
 * @param searchableText false for a scan: the document has no text to search
 * @param watermarked every copy this reader receives carries their name, number and the time on every page
 * @param readByMe this reader has opened the current version
 * @param readVersion the newest version this reader has opened, none if they never opened it: below {@code version}
 *     when the document was replaced since they read it ({@code GET /api/documents/{id}/changes?since=} tells which
 *     pages changed)
 * @param signatures the digital signatures of the current version's file (a converted Office file has none)
 */
public record DocumentEntry(UUID id, UUID sittingId, @Nullable UUID agendaItemId, boolean wholeSession,
        DocumentKind kind, int position,
        String title, DocumentAccessClass access, List<UUID> readerIds, @Nullable Instant releaseAt,
        boolean downloadAllowed, boolean printAllowed, @Nullable Instant withdrawnAt, int version, String fileName,
        long bytes, int pages, boolean searchableText, boolean watermarked, boolean readByMe,
        @Nullable Integer readVersion, List<DocumentSignature> signatures) {
}
