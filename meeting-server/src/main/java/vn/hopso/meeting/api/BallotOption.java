package vn.hopso.meeting.api;

/**
 * A mark a voter may give, as sent back in {@code ballot.cast} ({@code YES}, {@code NO}, {@code ABSTAIN}; {@code HIGH},
 * {@code MEDIUM}, {@code LOW}; {@code TRUST}, {@code NO_TRUST}) and as it reads.
 */
public record BallotOption(String mark, String label) {
}
