package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one source counted of a ballot before the two are added up in its result: ballots issued, returned, valid and
 * invalid (every electronic vote is all of the first three), and the marks on the valid ones; a mark not listed was
 * counted zero times. A paper tally says which entry of the ballot committee it is ({@code entry}: 2 and more are
 * corrections) and when it was entered.
 */
public record BallotTally(TallySource source, String label, int issued, int returned, int valid, int invalid,
        List<PaperMark> marks, @Nullable Integer entry, @Nullable Instant enteredAt) {
}
