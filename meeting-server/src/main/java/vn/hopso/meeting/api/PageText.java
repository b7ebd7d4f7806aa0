package vn.hopso.meeting.api;

import java.util.UUID;

/** The text extracted from one page of a document's current version (empty for a scan): to quote a passage from. */
public record PageText(UUID documentId, int version, int page, String text) {
}
