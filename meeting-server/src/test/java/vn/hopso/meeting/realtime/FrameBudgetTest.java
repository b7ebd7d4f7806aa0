package vn.hopso.meeting.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FrameBudgetTest {

    private final Instant start = Instant.parse("2026-12-08T01:00:00Z");

    @Test
    void aBurstIsAllowedThenTheAverageApplies() {
        FrameBudget budget = new FrameBudget(5, 30, start);
        assertThat(IntStream.range(0, 30).allMatch(i -> budget.take(start))).isTrue();
        assertThat(budget.take(start)).isFalse();
        assertThat(budget.take(start.plusMillis(199))).isFalse();
        assertThat(budget.take(start.plusMillis(200))).isTrue();
        assertThat(budget.take(start.plusMillis(200))).isFalse();
    }

    @Test
    void aReplayPaysForWhatItSendsAndTheBudgetNeverExceedsTheBurst() {
        FrameBudget budget = new FrameBudget(5, 30, start);
        assertThat(budget.take(start, 30)).isTrue();
        assertThat(budget.take(start.plusSeconds(3600), 31)).isFalse();
        assertThat(budget.take(start.plusSeconds(3600), 30)).isTrue();
    }
}
