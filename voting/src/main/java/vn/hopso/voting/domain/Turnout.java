package vn.hopso.voting.domain;

/**
 * Ballots issued, returned, valid and invalid, electronic and paper together, and the delegates present who voted and
 * who did not: a present delegate who pressed nothing, or did not return a paper ballot, did not vote.
 */
public record Turnout(int issued, int returned, int valid, int invalid, Count voted, Count didNotVote) {
}
