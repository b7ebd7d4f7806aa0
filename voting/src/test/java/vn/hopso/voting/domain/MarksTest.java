package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hopso.voting.domain.Choice.NO;
import static vn.hopso.voting.domain.Choice.YES;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MarksTest {

    private static final UUID AN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BINH = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void aMarkCountedZeroTimesEqualsAMarkNotCounted() {
        assertThat(MarkCounts.of(YES, 3).with(NO, 0)).isEqualTo(MarkCounts.of(YES, 3));
        assertThat(MarkCounts.of(YES, 3).marks()).containsExactly(YES);
        assertThat(MarkCounts.<Choice>none().count(NO)).isZero();
    }

    @Test
    void countsAddUpPerMark() {
        MarkCounts<Choice> sum = MarkCounts.of(YES, 3).with(NO, 1).plus(MarkCounts.of(YES, 2));
        assertThat(sum.count(YES)).isEqualTo(5);
        assertThat(sum.count(NO)).isEqualTo(1);
        assertThat(sum.total()).isEqualTo(6);
    }

    @Test
    void nomineeMarksAddUpPerPersonAndPerMark() {
        NomineeMarks<Choice> electronic = NomineeMarks.<Choice>none().with(AN, YES, 20).with(BINH, YES, 5);
        NomineeMarks<Choice> paper = NomineeMarks.<Choice>none().with(AN, YES, 4).with(AN, NO, 1);
        NomineeMarks<Choice> sum = electronic.plus(paper);
        assertThat(sum.of(AN)).isEqualTo(MarkCounts.of(YES, 24).with(NO, 1));
        assertThat(sum.of(BINH).count(YES)).isEqualTo(5);
        assertThat(sum.total(YES)).isEqualTo(29);
    }

    @Test
    void aPersonWithNoMarksEqualsAPersonNotListed() {
        assertThat(new NomineeMarks<>(Map.of(AN, MarkCounts.<Choice>none()))).isEqualTo(NomineeMarks.<Choice>none());
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> MarkCounts.of(YES, 2).with(YES, -3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreStableSnakeCase() {
        assertThat(Discrepancy.Code.MORE_VOTERS_THAN_PRESENT.code()).isEqualTo("more_voters_than_present");
        assertThat(CastRefusal.Reason.TOO_MANY_APPROVALS.code()).isEqualTo("too_many_approvals");
    }
}
