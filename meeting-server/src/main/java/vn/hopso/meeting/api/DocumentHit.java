package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

/**
 * One page of a document where a search matched.
 *
 * @param version the document's current version, whose text was searched
 * @param page the page, from 1, to open the viewer at
 * @param snippet the page's text around the first match, "…" where it was cut
 * @param marks where the matches are in {@code snippet}, to highlight as plain text (never as markup)
 * @param matchesOnPage how often the query occurs on the whole page
 */
public record DocumentHit(UUID documentId, UUID sittingId, String title, int version, int page, String snippet,
        List<TextMark> marks, int matchesOnPage) {
}
