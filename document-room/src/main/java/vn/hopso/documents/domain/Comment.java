package vn.hopso.documents.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Góp ý: a reader's comment on a passage of a document (a draft, mostly), sent to the secretariat and, if its author
 * wishes, shown to every delegate who may read the document; the secretariat's answer and what became of it.
 *
 * @param documentVersion the version the passage was quoted from
 * @param visibleToAll shown to the other readers of the document who may comment, not only to the secretariat
 * @param version counts the answers given, so that two secretaries do not overwrite each other unknowingly
 */
public record Comment(UUID id, UUID documentId, int documentVersion, Passage passage, UUID authorId, String text,
        boolean visibleToAll, Instant sentAt, CommentState state, @Nullable String answer,
        @Nullable UUID answeredBy, @Nullable Instant answeredAt, long version) {

    public Comment {
        Objects.requireNonNull(passage);
        Objects.requireNonNull(text);
        Objects.requireNonNull(state);
    }

    /** A new comment, not yet answered. */
    public static Comment sent(UUID id, UUID documentId, int documentVersion, Passage passage, UUID authorId,
            String text, boolean visibleToAll, Instant at) {
        return new Comment(id, documentId, documentVersion, passage, authorId, text, visibleToAll, at,
                CommentState.SENT, null, null, null, 0);
    }

    /**
     * The secretariat's answer: answered, accepted (tiếp thu) or explained (giải trình), replacing any earlier one.
     *
     * @param words the reply; required for an answer and an explanation, optional for an acceptance
     * @throws CommentRefused when the state is not an answer, or words are needed and missing
     */
    public Comment answered(CommentState as, @Nullable String words, UUID by, Instant at) {
        if (!as.isAnswer()) {
            throw new CommentRefused(CommentProblem.NOT_AN_ANSWER);
        }
        String reply = words == null || words.isBlank() ? null : words;
        if (reply == null && as.needsWords()) {
            throw new CommentRefused(CommentProblem.WORDS_REQUIRED);
        }
        return new Comment(id, documentId, documentVersion, passage, authorId, text, visibleToAll, sentAt, as, reply,
                by, at, version + 1);
    }

    /**
     * Whether {@code accountId} sees this comment, among those who may read the document: those who handle comments
     * see every one; anyone else their own, and the others' their authors made visible to all.
     */
    public boolean shownTo(UUID accountId, boolean handlesComments) {
        return handlesComments || authorId.equals(accountId) || visibleToAll;
    }
}
