package vn.hopso.meeting.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloseRetriesTest {

    private static final Instant NOON = Instant.parse("2026-12-08T05:00:00Z");

    private final CloseRetries retries = new CloseRetries();
    private final UUID ballot = UUID.randomUUID();

    @Test
    void aBallotNeverRefusedIsAlwaysDue() {
        assertThat(retries.due(ballot, NOON)).isTrue();
        assertThat(retries.due(ballot, NOON.plusSeconds(1))).isTrue();
    }

    @Test
    void eachFailureInARowDoublesTheWaitUpToAMinute() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(CloseRetries::waitAfter).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(CloseRetries.waitAfter(65)).as("a ballot failing for hours").isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aFailedBallotWaitsItsTurnAndIsDueAgainThen() {
        CloseRetries.Retry first = retries.failed(ballot, NOON);
        assertThat(first).isEqualTo(new CloseRetries.Retry(1, NOON.plusSeconds(1)));
        assertThat(retries.due(ballot, NOON.plusMillis(999))).isFalse();
        assertThat(retries.due(ballot, NOON.plusSeconds(1))).isTrue();

        CloseRetries.Retry second = retries.failed(ballot, NOON.plusSeconds(1));
        assertThat(second).isEqualTo(new CloseRetries.Retry(2, NOON.plusSeconds(3)));
        assertThat(retries.due(ballot, NOON.plusSeconds(2))).isFalse();
        assertThat(retries.due(UUID.randomUUID(), NOON.plusSeconds(2))).as("another ballot").isTrue();
    }

    @Test
    void aBallotClosedOrNoLongerOverdueIsForgotten() {
        UUID other = UUID.randomUUID();
        retries.failed(ballot, NOON);
        retries.failed(other, NOON);
        retries.closed(ballot);
        assertThat(retries.due(ballot, NOON)).isTrue();
        retries.keepOnly(Set.of(ballot));
        assertThat(retries.failing()).isZero();
        retries.failed(other, NOON);
        assertThat(retries.failed(other, NOON).failures()).as("counted afresh after being forgotten").isEqualTo(2);
    }
}
