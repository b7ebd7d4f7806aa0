package vn.hopso.meeting.api;

/**
 * One figure of a result: a mark (or {@code VOTED}, {@code DID_NOT_VOTE}), how it reads, the count, and its share of
 * the total elected and of those present, as decimal text with two places rounded half up ({@code "50.00"}).
 */
public record ResultCount(String mark, String label, int count, String percentOfTotal, String percentOfPresent) {
}
