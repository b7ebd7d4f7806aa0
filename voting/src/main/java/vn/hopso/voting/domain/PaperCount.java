package vn.hopso.voting.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Kết quả kiểm phiếu giấy: what the ballot committee (ban kiểm phiếu) counted on paper for a ballot, or for the part of
 * it held on paper: ballots issued, returned, valid and invalid, and on the valid ones how many times each mark was
 * given — for the motion itself, or for each person on the ballot. A mark counted zero times need not be listed.
 * Whether it adds up with the electronic votes is {@link Counting#discrepancies}' to say.
 */
public record PaperCount(int issued, int returned, int valid, int invalid, Map<Counting.Slot, Integer> counts) {

    /**
     * A paper count as the store keeps it: which entry of the ballot it is (the first, or a correction after it), who
     * entered it and when.
     */
    public record Entered(int entry, PaperCount count, UUID enteredBy, Instant at) {

        public Entered {
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(enteredBy, "enteredBy");
            Objects.requireNonNull(at, "at");
        }
    }

    /** More ballots than any council has delegates: a figure beyond it is a typing error, not a count. */
    public static final int MAX = 10_000;

    public PaperCount {
        for (int figure : new int[] {issued, returned, valid, invalid}) {
            requireFigure(figure);
        }
        Map<Counting.Slot, Integer> nonZero = new HashMap<>();
        Objects.requireNonNull(counts, "counts").forEach((slot, count) -> {
            Objects.requireNonNull(slot, "slot");
            if (requireFigure(count) > 0) {
                nonZero.put(slot, count);
            }
        });
        counts = Map.copyOf(nonZero);
    }

    public int count(Counting.Slot slot) {
        return counts.getOrDefault(slot, 0);
    }

    private static int requireFigure(Integer figure) {
        if (figure == null || figure < 0 || figure > MAX) {
            throw new IllegalArgumentException("a paper count is a figure from 0 to " + MAX + ": " + figure);
        }
        return figure;
    }
}
