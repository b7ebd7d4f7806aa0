package vn.hopso.meeting.api.input;

import java.text.Normalizer;
import java.util.Optional;

/**
 * How text typed by a person is tidied and what it may contain. Text is stored in NFC (one code point for "ệ", as
 * Vietnamese keyboards on Windows type it and macOS does not), so equal names compare equal and lengths are what a
 * reader counts. Nobody types control characters, unpaired surrogates or Unicode non-characters: they come from
 * broken or hostile clients, PostgreSQL refuses some of them (NUL) and screens show the rest as garbage.
 */
public final class TextRules {

    /** What is wrong with a text, if anything. */
    public enum Problem {
        /** A line break in a one-line field. */
        LINE_BREAK,
        /** A control character (C0, DEL, C1) or a bidirectional override, which can disguise what a text says. */
        CONTROL,
        /** An unpaired surrogate or a non-character: not text at all. */
        NOT_TEXT,
        /** Nothing but whitespace or invisible characters. */
        BLANK
    }

    private TextRules() {
    }

    /**
     * The text in NFC with line ends as {@code \n}; with {@code trim}, without the whitespace around it (Unicode
     * whitespace, not just ASCII) and {@code null} when nothing is left, so a blank optional field reads as absent.
     */
    public static String normalise(String raw, boolean trim) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!trim) {
            return text;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return start == end ? null : text.substring(start, end);
    }

    /** The first problem of {@code text}, or none; {@code multiline} allows {@code \n} and tabs. */
    public static Optional<Problem> problem(String text, boolean multiline) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
                if (!multiline) {
                    return Optional.of(Problem.LINE_BREAK);
                }
            } else if (c == '\t') {
                if (!multiline) {
                    return Optional.of(Problem.CONTROL);
                }
            } else if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
                return Optional.of(Problem.CONTROL);
            } else if (Character.getType(c) == Character.SURROGATE || isNonCharacter(c)) {
                return Optional.of(Problem.NOT_TEXT);
            }
            visible |= !isSpace(c);
        }
        return visible ? Optional.empty() : Optional.of(Problem.BLANK);
    }

    /**
     * Whitespace as a reader sees it: Java's whitespace plus the no-break spaces (U+00A0, U+2007, U+202F), the
     * ideographic space U+3000 and the invisible characters that make a name look empty (zero-width space, joiners,
     * word joiner, BOM, Hangul fillers).
     */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x180E
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isNonCharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}
