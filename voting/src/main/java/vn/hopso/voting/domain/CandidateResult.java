package vn.hopso.voting.domain;

/** One candidate's votes in favour and against (against only when ballots mark it), and the outcome. */
public record CandidateResult(Nominee candidate, Count yes, Count no, CandidateOutcome outcome) {
}
