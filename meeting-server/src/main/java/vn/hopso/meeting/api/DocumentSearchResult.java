package vn.hopso.meeting.api;

import java.util.List;

/**
 * The pages of a session's documents the caller may read where a search matched, in the order of the sittings and
 * of their documents, one page of results at a time.
 *
 * @param total how many pages match in all
 * @param offset how many matching pages come before {@code hits}
 */
public record DocumentSearchResult(String query, int total, int offset, List<DocumentHit> hits) {
}
