package vn.hopso.documents.domain;

/**
 * One page as read from the original: its size in PDF points (1/72 inch, as shown, rotation applied) and its text
 * for search, empty for a scanned page.
 */
public record PageFacts(int number, float width, float height, String text) {
}
