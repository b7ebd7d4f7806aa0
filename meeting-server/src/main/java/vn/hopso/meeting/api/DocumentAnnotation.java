package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the caller's own private annotations on a document.
 *
 * @param documentVersion the version the passage was found on; annotations stay on theirs when a new one comes
 * @param start where the quote starts in the page's text with each run of whitespace as one space
 * @param quote the passage, with each run of whitespace as one space
 * @param note empty for a highlight alone
 * @param version counts the edits; an edit sends back the version it was made from
 */
public record DocumentAnnotation(UUID id, UUID documentId, int documentVersion, int page, int start, String quote,
        HighlightColour colour, String note, Instant createdAt, Instant updatedAt, long version) {
}
