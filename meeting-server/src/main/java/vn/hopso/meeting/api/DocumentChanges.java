package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

/**
 * What changed in a document since a reader read an earlier version of it.
 *
 * @param since the version they read
 * @param version the current version
 * @param changedPages the pages of the current version whose text is on no page of {@code since} (a moved page is
 *     not among them, a scanned page always is unless the file is the same), in order
 */
public record DocumentChanges(UUID documentId, int since, int version, List<Integer> changedPages) {
}
