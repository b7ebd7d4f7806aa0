package vn.hopso.documents.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bản tổng hợp ý kiến: a document's comments grouped by the passage they are about, in the order of the pages and of
 * the passages on each page, and in each group in the order they were sent.
 */
public final class CommentReport {

    /** One passage and the comments on it. */
    public record Group(Passage passage, List<Comment> comments) {

        public Group {
            comments = List.copyOf(comments);
        }
    }

    private CommentReport() {
    }

    public static List<Group> grouped(List<Comment> comments) {
        Map<Passage, List<Comment>> byPassage = new LinkedHashMap<>();
        comments.stream()
                .sorted(Comparator.comparingInt((Comment c) -> c.passage().page())
                        .thenComparingInt(c -> c.passage().start())
                        .thenComparing(c -> c.passage().quote())
                        .thenComparing(Comment::sentAt)
                        .thenComparing(Comment::id))
                .forEach(comment -> byPassage.computeIfAbsent(comment.passage(), p -> new ArrayList<>()).add(comment));
        return byPassage.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
    }
}
