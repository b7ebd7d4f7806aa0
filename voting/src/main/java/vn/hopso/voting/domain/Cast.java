package vn.hopso.voting.domain;

/** What one delegate says on one ballot; checked by {@link Ballot#refusalOf(Cast)} before it is recorded. */
public sealed interface Cast permits MotionCast, ElectionCast, RatingCast, ConfidenceCast {
}
