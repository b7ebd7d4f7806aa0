package vn.hopso.meeting.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.input.TextRules.Problem;

class TextRulesTest {

    @Test
    void textIsStoredInNfcWhateverTheKeyboardSent() {
        String typedOnAMac = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertThat(typedOnAMac).hasSizeGreaterThan("Nguyễn Thị Ánh".length());

        assertThat(TextRules.normalise(typedOnAMac, true)).isEqualTo("Nguyễn Thị Ánh");
        assertThat(TextRules.normalise(typedOnAMac, false)).isEqualTo("Nguyễn Thị Ánh");
    }

    @Test
    void whitespaceAroundTheTextIsRemovedUnicodeSpacesIncluded() {
        assertThat(TextRules.normalise("\u3000\u00a0 Kỳ họp thứ 12\u200b\u202f\t", true)).isEqualTo("Kỳ họp thứ 12");
        assertThat(TextRules.normalise("Hội\u00a0trường  A", true)).isEqualTo("Hội\u00a0trường  A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000\u3000", "\u00a0", "\u200b\u200b", "\u2007\u202f\ufeff", "\u3164", "\n\t\r\n"})
    void blankTextReadsAsAbsent(String blank) {
        assertThat(TextRules.normalise(blank, true)).isNull();
    }

    @Test
    void withoutTrimEveryCharacterIsKeptAndOnlyLineEndsAreUnified() {
        assertThat(TextRules.normalise("  mật khẩu  ", false)).isEqualTo("  mật khẩu  ");
        assertThat(TextRules.normalise("Dòng 1\r\nDòng 2\rDòng 3", true)).isEqualTo("Dòng 1\nDòng 2\nDòng 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000b", "\u0007", "\u001b[2J", "\u007f", "\u0085", "\u009b", "\t",
        "abc\u202edcba", "\u2066x\u2069"})
    void controlCharactersAreRefused(String text) {
        assertThat(TextRules.problem(text, false)).contains(Problem.CONTROL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00b", "\udbff", "\uffff", "\ufffe", "\ufdd0", "x\ud83f\udffe"})
    void unpairedSurrogatesAndNonCharactersAreNotText(String text) {
        assertThat(TextRules.problem(text, true)).contains(Problem.NOT_TEXT);
    }

    @Test
    void lineBreaksAndTabsOnlyInMultilineText() {
        assertThat(TextRules.problem("Dòng 1\nDòng 2", false)).contains(Problem.LINE_BREAK);
        assertThat(TextRules.problem("Dòng 1\u2028Dòng 2", false)).contains(Problem.LINE_BREAK);
        assertThat(TextRules.problem("Dòng 1\n\tDòng 2", true)).isEmpty();
        assertThat(TextRules.problem("Dòng 1\n\u0000", true)).contains(Problem.CONTROL);
    }

    @Test
    void textOfOnlyInvisibleCharactersIsBlankAndRealTextIsFine() {
        assertThat(TextRules.problem("\u3000\u200b ", false)).contains(Problem.BLANK);
        assertThat(TextRules.problem("Tờ trình 👩‍⚖️ số 12/TTr-UBND", false)).isEmpty();
    }
}
