package vn.hopso.meeting.sitting.domain;

/**
 * The council's quorum: a share of the total number of elected delegates that must be present to hold a sitting.
 * Configurable per council; two thirds unless the council's rules say otherwise (DOMAIN.md).
 */
public record QuorumRule(int numerator, int denominator) {

    public static final QuorumRule TWO_THIRDS = new QuorumRule(2, 3);

    public QuorumRule {
        if (numerator <= 0 || denominator < numerator) {
            throw new IllegalArgumentException("a quorum is a share between 0 and 1: " + numerator + "/" + denominator);
        }
    }

    /** The fewest delegates present that make the sitting quorate: the share of the total, rounded up. */
    public int required(int totalElected) {
        return (int) ((totalElected * (long) numerator + denominator - 1) / denominator);
    }
}
