package vn.hopso.voting.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** How many ballots carry each mark, e.g. 49 YES, 3 NO, 1 ABSTAIN. A mark not listed was counted zero times. */
public record MarkCounts<M extends Enum<M>>(Map<M, Integer> counts) implements Marks<MarkCounts<M>> {

    public MarkCounts {
        Map<M, Integer> nonZero = new HashMap<>();
        counts.forEach((mark, count) -> {
            Objects.requireNonNull(mark, "mark");
            if (count < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + mark + " " + count);
            }
            if (count > 0) {
                nonZero.put(mark, count);
            }
        });
        counts = Map.copyOf(nonZero);
    }

    public static <M extends Enum<M>> MarkCounts<M> none() {
        return new MarkCounts<>(Map.<M, Integer>of());
    }

    public static <M extends Enum<M>> MarkCounts<M> of(M mark, int count) {
        return new MarkCounts<M>(Map.of(mark, count));
    }

    /** These counts with {@code count} more of {@code mark}. */
    public MarkCounts<M> with(M mark, int count) {
        Map<M, Integer> sum = new HashMap<>(counts);
        sum.merge(mark, count, Integer::sum);
        return new MarkCounts<>(sum);
    }

    public int count(M mark) {
        return counts.getOrDefault(mark, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The marks counted at least once. */
    public Set<M> marks() {
        return counts.keySet();
    }

    @Override
    public MarkCounts<M> plus(MarkCounts<M> other) {
        Map<M, Integer> sum = new HashMap<>(counts);
        other.counts.forEach((mark, count) -> sum.merge(mark, count, Integer::sum));
        return new MarkCounts<>(sum);
    }

    @Override
    public String toString() {
        return counts.isEmpty() ? "{}" : new EnumMap<>(counts).toString();
    }
}
