package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.List;

/**
 * The documents of a sitting a reader may take with them to read without a connection (each page's watermarked copy
 * is then fetched as for the viewer), and until when the browser may keep them: it deletes them then, and at logout.
 */
public record OfflineShelf(Instant expiresAt, List<DocumentEntry> documents) {
}
