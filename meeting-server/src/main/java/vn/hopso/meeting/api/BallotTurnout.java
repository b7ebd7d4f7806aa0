package vn.hopso.meeting.api;

/**
 * Who took part: the total elected and those present at opening (entitled), ballots issued, returned, valid and
 * invalid (electronic votes are all three), the delegates who voted and those present who did not.
 */
public record BallotTurnout(int totalElected, int present, int issued, int returned, int valid, int invalid,
        ResultCount voted, ResultCount didNotVote) {
}
