package vn.hopso.documents.domain;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text as search compares it: without diacritics (the tone and vowel marks of Vietnamese, "ngân sách" → "ngan
 * sach"), {@code đ}/{@code Đ} as {@code d}, lower case, each run of white space as one space. Every character of the
 * folded text remembers where in the original it came from, so that a match found in the folded text can be shown
 * in the original, whether that was written precomposed (NFC) or with combining marks (NFD).
 *
 * <p>The fold is computed here, not in the database: PostgreSQL's {@code unaccent} is an extension that not every
 * server has installed or lets an application create, and it is not immutable, so it could not be stored anyway.
 */
public final class FoldedText {

    private final String original;
    private final String text;
    private final int[] origin;

    private FoldedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    public static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] origin = new int[original.length()];
        int i = 0;
        while (i < original.length()) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!folded.isEmpty() && folded.charAt(folded.length() - 1) != ' ') {
                    origin[folded.length()] = i;
                    folded.append(' ');
                }
            } else if (Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                int base = Character.toLowerCase(base(codePoint));
                origin[folded.length()] = i;
                folded.appendCodePoint(base);
                if (Character.charCount(base) == 2) {
                    origin[folded.length() - 1] = i;
                }
            }
            i = next;
        }
        int length = folded.length();
        if (length > 0 && folded.charAt(length - 1) == ' ') {
            length--;
        }
        return new FoldedText(original, folded.substring(0, length), Arrays.copyOf(origin, length));
    }

    /** The folded form alone, as stored beside a page's text and as a query is compared. */
    public static String fold(String original) {
        return of(original).text();
    }

    private static int base(int codePoint) {
        if (codePoint == 'đ' || codePoint == 'Đ') {
            return 'd';
        }
        if (codePoint < 0x80) {
            return codePoint;
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        return decomposed.codePointAt(0);
    }

    public String text() {
        return text;
    }

    /** Where the folded character at {@code index} starts in the original. */
    public int originalStart(int index) {
        return origin[index];
    }

    /**
     * Where the folded characters before {@code end} end in the original: after the character the last of them came
     * from and the combining marks that follow it.
     */
    public int originalEnd(int end) {
        if (end == 0) {
            return 0;
        }
        int at = origin[end - 1];
        at += Character.charCount(original.codePointAt(at));
        while (at < original.length() && Character.getType(original.codePointAt(at)) == Character.NON_SPACING_MARK) {
            at += Character.charCount(original.codePointAt(at));
        }
        return at;
    }

    public String original() {
        return original;
    }
}
