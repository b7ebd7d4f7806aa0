package vn.hopso.voting.domain;

import java.util.Objects;

/**
 * Ngưỡng thông qua: how many votes in favour a ballot needs, as a share of a base. The law counts resolutions against
 * the <em>total</em> number of delegates, not those present or those who voted (Law 77/2015, Art. 91(3)); other bases
 * serve procedural votes and the rules a council sets for itself.
 *
 * <p>No rule passes with zero votes in favour: a base of nobody still needs one vote, which it cannot receive.
 */
public record PassingRule(Bound bound, Fraction share, Base base) {

    /** Quá nửa tổng số đại biểu: more than half of all delegates, the rule for resolutions (Art. 91(3)). */
    public static final PassingRule ABSOLUTE_MAJORITY = new PassingRule(Bound.MORE_THAN, Fraction.HALF, Base.TOTAL_ELECTED);

    /** Ít nhất hai phần ba tổng số đại biểu: at least two thirds of all delegates, to dismiss a delegate (Art. 91(3)). */
    public static final PassingRule TWO_THIRDS_OF_TOTAL =
            new PassingRule(Bound.AT_LEAST, Fraction.TWO_THIRDS, Base.TOTAL_ELECTED);

    /** Quá nửa số đại biểu có mặt: more than half of those present, for procedural questions a council allows it for. */
    public static final PassingRule MAJORITY_OF_PRESENT = new PassingRule(Bound.MORE_THAN, Fraction.HALF, Base.PRESENT);

    public PassingRule {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(base, "base");
        if (bound == Bound.MORE_THAN && share.isWhole()) {
            throw new IllegalArgumentException("more than the whole base can never be reached");
        }
    }

    /** The fewest votes in favour that pass, out of a base of {@code baseSize}; never less than one. */
    public int votesNeeded(int baseSize) {
        if (baseSize < 0) {
            throw new IllegalArgumentException("a base cannot be negative: " + baseSize);
        }
        long needed = switch (bound) {
            case MORE_THAN -> share.floorOf(baseSize) + 1;
            case AT_LEAST -> Math.max(1, share.ceilOf(baseSize));
        };
        return Math.toIntExact(needed);
    }

    /** The threshold this rule sets for a ballot of {@code electorate} that received {@code votesCast} valid votes. */
    public Threshold threshold(Electorate electorate, int votesCast) {
        int baseSize = base.size(electorate, votesCast);
        return new Threshold(this, baseSize, votesNeeded(baseSize));
    }

    /** The rule in words, e.g. "Quá 1/2 tổng số đại biểu", "Ít nhất 2/3 tổng số đại biểu". */
    public String description() {
        String words = bound.words() + " " + share + " " + base.words();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
