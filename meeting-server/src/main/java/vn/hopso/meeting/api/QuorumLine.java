package vn.hopso.meeting.api;

/**
 * The quorum line every screen shows: delegates present out of the total elected on the sitting's day, how many the
 * council's rule requires, and whether the sitting is quorate.
 */
public record QuorumLine(int present, int totalElected, int required, boolean quorate) {
}
