package vn.hopso.voting.domain;

/**
 * At least {@code numerator/denominator} of all delegates, e.g. two thirds (ít nhất hai phần ba) to dismiss a
 * delegate.
 */
public record QualifiedMajority(int numerator, int denominator) implements PassingRule {

    public QualifiedMajority {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share needs 0 < numerator <= denominator: " + numerator + "/" + denominator);
        }
    }

    @Override
    public long votesNeeded(long totalDelegates) {
        return Math.ceilDiv(totalDelegates * numerator, denominator);
    }
}
