package vn.hopso.documents.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A piece of a page's text around where a search matched, with the matches in it marked by their place (never by
 * markup, so that showing it can never run what a document contains).
 *
 * @param text the original text around the first match, with "…" where it was cut
 * @param marks each match inside {@code text}, in order
 * @param matches how often the query occurs on the whole page
 */
public record Snippet(String text, List<Mark> marks, int matches) {

    private static final String CUT = "…";

    /** One match: {@code length} characters of the snippet from {@code start}. */
    public record Mark(int start, int length) {
    }

    public Snippet {
        marks = List.copyOf(marks);
    }

    /**
     * Where {@code foldedQuery} (already {@linkplain FoldedText#fold folded}) occurs in the page, shown with about
     * {@code context} characters either side of its first occurrence, cut between words; nothing when it does not.
     */
    public static Optional<Snippet> of(FoldedText page, String foldedQuery, int context) {
        if (foldedQuery.isEmpty()) {
            throw new IllegalArgumentException("an empty query matches everywhere");
        }
        List<int[]> found = new ArrayList<>();
        for (int at = page.text().indexOf(foldedQuery); at >= 0;
                at = page.text().indexOf(foldedQuery, at + foldedQuery.length())) {
            found.add(new int[] {page.originalStart(at), page.originalEnd(at + foldedQuery.length())});
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String original = page.original();
        int from = startBefore(original, found.getFirst()[0], context);
        int to = endAfter(original, found.getFirst()[1], context);
        String prefix = from > 0 ? CUT : "";
        List<Mark> marks = found.stream().filter(match -> match[0] >= from && match[1] <= to)
                .map(match -> new Mark(match[0] - from + prefix.length(), match[1] - match[0])).toList();
        String text = prefix + original.substring(from, to) + (to < original.length() ? CUT : "");
        return Optional.of(new Snippet(text, marks, found.size()));
    }

    private static int startBefore(String text, int start, int context) {
        int from = Math.max(0, start - context);
        if (from == 0) {
            return 0;
        }
        for (int i = from; i < start; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return startOfCharacter(text, from);
    }

    private static int endAfter(String text, int end, int context) {
        int to = Math.min(text.length(), end + context);
        if (to == text.length()) {
            return to;
        }
        for (int i = to; i > end; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return startOfCharacter(text, to);
    }

    /** The nearest place at or after {@code at} that splits neither a surrogate pair nor a letter from its marks. */
    private static int startOfCharacter(String text, int at) {
        int i = at;
        while (i < text.length() && (Character.isLowSurrogate(text.charAt(i))
                || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
            i++;
        }
        return i;
    }
}
