package vn.hopso.voting.domain;

/**
 * A share of a base, such as one half (1/2) or two thirds (2/3): more than nothing and at most the whole. Kept in
 * lowest terms, so that 2/4 and 1/2 are the same share.
 */
public record Fraction(int numerator, int denominator) {

    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);

    public Fraction {
        if (numerator <= 0 || denominator < numerator) {
            throw new IllegalArgumentException("a share lies above 0 and at most 1: " + numerator + "/" + denominator);
        }
        int divisor = gcd(numerator, denominator);
        numerator /= divisor;
        denominator /= divisor;
    }

    boolean isWhole() {
        return numerator == denominator;
    }

    /** This share of {@code base}, rounded down. */
    long floorOf(int base) {
        return (long) base * numerator / denominator;
    }

    /** This share of {@code base}, rounded up. */
    long ceilOf(int base) {
        return Math.ceilDiv((long) base * numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
