package vn.hopso.documents.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The place in a document a comment is about: a page, and a passage quoted from the text extracted from that page.
 * Text is compared with every run of whitespace as one space, since a passage selected in a browser or copied from a
 * viewer breaks its lines where the page did not.
 *
 * @param page the page, from 1
 * @param start where the quote begins in the page's text with its whitespace so folded (UTF-16 offset)
 * @param quote the passage, whitespace so folded
 */
public record Passage(int page, int start, String quote) {

    public Passage {
        Objects.requireNonNull(quote);
        if (page < 1 || start < 0 || quote.isEmpty()) {
            throw new IllegalArgumentException("not a passage: page " + page + ", start " + start);
        }
    }

    /**
     * The passage {@code quote} on page {@code page} of {@code pages}, whose text is {@code pageText}: where it occurs,
     * at the occurrence nearest {@code near} when it occurs more than once (the place the reader chose).
     *
     * @throws CommentRefused when the page does not exist, has no text (a scan: nothing can be quoted from it) or the
     *     quote does not occur on it
     */
    public static Passage locate(int page, int pages, String pageText, String quote, int near) {
        if (page < 1 || page > pages) {
            throw new CommentRefused(CommentProblem.PAGE_OUT_OF_RANGE);
        }
        String text = folded(pageText);
        if (text.isEmpty()) {
            throw new CommentRefused(CommentProblem.PAGE_WITHOUT_TEXT);
        }
        String wanted = folded(quote);
        if (wanted.isEmpty()) {
            throw new CommentRefused(CommentProblem.QUOTE_NOT_ON_PAGE);
        }
        int best = nearest(text, wanted, near);
        if (best < 0) {
            throw new CommentRefused(CommentProblem.QUOTE_NOT_ON_PAGE);
        }
        return new Passage(page, best, wanted);
    }

    /**
     * The same quote in another version of the document whose pages have the texts {@code pageTexts}: on the same page
     * at the occurrence nearest where it was, or else on the nearest page that has it (the earlier of two as near),
     * at its occurrence nearest where it was; none when no page has it any more.
     */
    public Optional<Passage> in(List<String> pageTexts) {
        int pages = pageTexts.size();
        for (int distance = 0; distance < Math.max(page, pages - page + 1); distance++) {
            for (int candidate : distance == 0 ? new int[] {page} : new int[] {page - distance, page + distance}) {
                if (candidate < 1 || candidate > pages) {
                    continue;
                }
                int at = nearest(folded(pageTexts.get(candidate - 1)), quote, start);
                if (at >= 0) {
                    return Optional.of(new Passage(candidate, at, quote));
                }
            }
        }
        return Optional.empty();
    }

    /** Where {@code wanted} occurs in {@code text} nearest {@code near}, or -1. */
    private static int nearest(String text, String wanted, int near) {
        int best = -1;
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        return best;
    }

    /** Composed (NFC), each run of whitespace (line breaks, no-break spaces) as one space, none around it. */
    public static String folded(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\0') {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
