package vn.hopso.voting.domain;

/** What a ballot decided, whichever its kind: every result states its turnout. */
public sealed interface VoteResult permits MotionResult, ElectionResult, ConfidenceRatingResult, ConfidenceVoteResult {

    Turnout turnout();
}
