package vn.hopso.meeting.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kết quả biểu quyết, counted by the voting rules: the turnout, the thresholds applied, a line per person on the ballot
 * (one line for a motion), and the outcome of the whole ballot where it has one (a motion: {@code PASSED} "Thông qua" /
 * {@code NOT_PASSED} "Không thông qua"; an election round: {@code COMPLETE}, {@code TIE_FOR_LAST_SEATS},
 * {@code NOT_ENOUGH_ELECTED}). {@code tallies}: what was counted electronically and, once the ballot committee has
 * entered it, on paper, which the turnout and the lines add up.
 */
public record BallotResult(BallotTurnout turnout, List<ResultThreshold> thresholds, List<ResultLine> lines,
        @Nullable String outcome, @Nullable String outcomeLabel, List<BallotTally> tallies) {
}
