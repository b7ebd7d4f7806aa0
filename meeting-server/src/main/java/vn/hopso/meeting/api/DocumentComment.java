package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment (góp ý) on a passage of a document, as the caller may see it.
 *
 * @param documentVersion the version the passage was quoted from
 * @param start where the quote starts in the page's text with each run of whitespace as one space
 * @param quote the passage, with each run of whitespace as one space
 * @param mine the caller wrote it
 * @param version counts the answers given; an answer sends back the version it was made from
 */
public record DocumentComment(UUID id, UUID documentId, int documentVersion, int page, int start, String quote,
        String text, boolean visibleToAll, UUID authorId, String authorName, Instant sentAt, CommentState state,
        @Nullable String answer, @Nullable String answeredByName, @Nullable Instant answeredAt, boolean mine,
        long version) {
}
