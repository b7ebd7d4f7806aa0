package vn.hopso.meeting.api;

/** A passing rule: {@code numerator/denominator} of {@code base}, strictly more ({@code MORE_THAN}) or at least. */
public record BallotRule(PassingBound bound, int numerator, int denominator, PassingBase base) {
}
