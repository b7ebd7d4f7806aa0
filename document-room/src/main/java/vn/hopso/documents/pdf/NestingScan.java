package vn.hopso.documents.pdf;

/**
 * How deeply arrays ({@code [ ]}) and dictionaries ({@code << >>}) nest in a PDF's own syntax, read from the bytes
 * before any parser sees them: PDFBox parses them recursively and overflows its stack on a few thousand levels.
 * Strings, comments and stream contents are skipped (compressed object streams hide nesting; {@link Guarded} catches
 * what they bring).
 */
final class NestingScan {

    private NestingScan() {
    }

    static boolean deeperThan(byte[] pdf, int limit) {
        int depth = 0;
        int i = 0;
        while (i < pdf.length) {
            byte b = pdf[i];
            if (b == '(') {
                i = afterString(pdf, i);
                continue;
            }
            if (b == '%') {
                while (i < pdf.length && pdf[i] != '\n' && pdf[i] != '\r') {
                    i++;
                }
                continue;
            }
            if (b == 's' && startsAt(pdf, i, "stream") && (i == 0 || !Character.isLetter(pdf[i - 1]))) {
                i = afterStream(pdf, i + 6);
                continue;
            }
            if (b == '[' || (b == '<' && i + 1 < pdf.length && pdf[i + 1] == '<')) {
                if (++depth > limit) {
                    return true;
                }
                i += b == '[' ? 1 : 2;
                continue;
            }
            if (b == ']' || (b == '>' && i + 1 < pdf.length && pdf[i + 1] == '>')) {
                depth = Math.max(0, depth - 1);
                i += b == ']' ? 1 : 2;
                continue;
            }
            i++;
        }
        return false;
    }

    /** A literal string: balanced parentheses, backslash escapes. */
    private static int afterString(byte[] pdf, int start) {
        int open = 0;
        int i = start;
        while (i < pdf.length) {
            byte b = pdf[i];
            if (b == '\\') {
                i += 2;
                continue;
            }
            if (b == '(') {
                open++;
            } else if (b == ')' && --open == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int afterStream(byte[] pdf, int from) {
        for (int i = from; i <= pdf.length - 9; i++) {
            if (pdf[i] == 'e' && startsAt(pdf, i, "endstream")) {
                return i + 9;
            }
        }
        return pdf.length;
    }

    private static boolean startsAt(byte[] pdf, int at, String word) {
        if (at + word.length() > pdf.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (pdf[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
