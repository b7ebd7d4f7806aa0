package vn.hopso.meeting.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hopso.meeting.realtime.FrameAssembly.Outcome;

class FrameAssemblyTest {

    private final FrameAssembly assembly = new FrameAssembly(10, 14);

    @Test
    void aFrameInOnePieceIsWholeAsItCame() {
        assertThat(assembly.add("{\"a\":1}", true)).isEqualTo(new Outcome.Whole("{\"a\":1}"));
    }

    @Test
    void piecesArePutTogetherInOrderAndTheNextFrameStartsAfresh() {
        assertThat(assembly.add("abc", false)).isInstanceOf(Outcome.Incomplete.class);
        assertThat(assembly.add("def", false)).isInstanceOf(Outcome.Incomplete.class);
        assertThat(assembly.add("g", true)).isEqualTo(new Outcome.Whole("abcdefg"));
        assertThat(assembly.add("0123456789", true)).isEqualTo(new Outcome.Whole("0123456789"));
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        // "ộ" is three bytes: three of them and a letter make ten, four of them twelve.
        assertThat(assembly.add("ộộộa", true)).isEqualTo(new Outcome.Whole("ộộộa"));
        assertThat(assembly.add("ộộ", false)).isInstanceOf(Outcome.Incomplete.class);
        assertThat(assembly.add("ộộ", true)).isInstanceOf(Outcome.TooLarge.class);
        // A letter outside the basic plane is four bytes, not two surrogates of three.
        assertThat(assembly.add("😀😀a", true)).isEqualTo(new Outcome.Whole("😀😀a"));
    }

    @Test
    void aFrameAboveTheLimitIsTooLargeOnceItEndsAndTheNextOneCounts() {
        assertThat(assembly.add("0123456", false)).isInstanceOf(Outcome.Incomplete.class);
        assertThat(assembly.add("7890", false)).isInstanceOf(Outcome.Incomplete.class);
        assertThat(assembly.add("ab", true)).isInstanceOf(Outcome.TooLarge.class);
        assertThat(assembly.add("short", true)).isEqualTo(new Outcome.Whole("short"));
    }

    @Test
    void aFrameStillArrivingFarAboveTheLimitIsFlooding() {
        assertThat(assembly.add("0123456789", false)).isInstanceOf(Outcome.Incomplete.class);
        assertThat(assembly.add("01234", false)).isInstanceOf(Outcome.Flooding.class);
        assertThat(assembly.add("fresh", true)).isEqualTo(new Outcome.Whole("fresh"));
    }
}
