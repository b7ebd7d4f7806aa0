package vn.hopso.voting.domain;

/**
 * Who a ballot is counted against: the total of delegates elected to the council and, of them, those entitled to
 * vote and present when the ballot opened. Proxies do not exist for council delegates, so a vote comes only from
 * someone present.
 */
public record Electorate(int totalElected, int present) {

    public Electorate {
        if (totalElected < 1 || present < 0 || present > totalElected) {
            throw new IllegalArgumentException("an electorate needs 0 <= present <= total, total >= 1: "
                    + present + "/" + totalElected);
        }
    }

    /** {@code count} with its share of the total and of those present. */
    public Count count(int count) {
        return new Count(count, Percent.of(count, totalElected), Percent.of(count, present));
    }
}
