package vn.hopso.voting.domain;

/**
 * Kết quả biểu quyết: the votes for each choice and the turnout, each with its share of the total elected and of those
 * present, the threshold the rule set and whether the motion passed.
 */
public record MotionResult(Turnout turnout, Count yes, Count no, Count abstain, Threshold threshold,
        MotionOutcome outcome) implements VoteResult {
}
