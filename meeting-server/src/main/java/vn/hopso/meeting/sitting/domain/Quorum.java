package vn.hopso.meeting.sitting.domain;

/**
 * The quorum line: delegates present out of the total elected on the sitting's day (never out of those present), how
 * many the rule requires, and whether the sitting is quorate. No delegate elected: never quorate.
 */
public record Quorum(int present, int totalElected, int required, boolean quorate) {

    public static Quorum of(int present, int totalElected, QuorumRule rule) {
        if (present < 0 || present > totalElected) {
            throw new IllegalArgumentException(present + " present of " + totalElected + " elected");
        }
        int required = rule.required(totalElected);
        return new Quorum(present, totalElected, required, totalElected > 0 && present >= required);
    }
}
