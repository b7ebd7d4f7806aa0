package vn.hopso.voting.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** For each person on a ballot, how many ballots carry each mark; a person not listed received none. */
public record NomineeMarks<M extends Enum<M>>(Map<UUID, MarkCounts<M>> byNominee) implements Marks<NomineeMarks<M>> {

    public NomineeMarks {
        Map<UUID, MarkCounts<M>> nonEmpty = new HashMap<>();
        byNominee.forEach((nominee, counts) -> {
            if (counts.total() > 0) {
                nonEmpty.put(Objects.requireNonNull(nominee, "nominee"), counts);
            }
        });
        byNominee = Map.copyOf(nonEmpty);
    }

    public static <M extends Enum<M>> NomineeMarks<M> none() {
        return new NomineeMarks<>(Map.<UUID, MarkCounts<M>>of());
    }

    /** These marks with {@code count} more of {@code mark} for {@code nominee}. */
    public NomineeMarks<M> with(UUID nominee, M mark, int count) {
        return plus(new NomineeMarks<>(Map.of(nominee, MarkCounts.of(mark, count))));
    }

    public MarkCounts<M> of(UUID nominee) {
        return byNominee.getOrDefault(nominee, MarkCounts.none());
    }

    /** How many times {@code mark} was given, to anyone. */
    public int total(M mark) {
        return byNominee.values().stream().mapToInt(counts -> counts.count(mark)).sum();
    }

    @Override
    public NomineeMarks<M> plus(NomineeMarks<M> other) {
        Map<UUID, MarkCounts<M>> sum = new HashMap<>(byNominee);
        other.byNominee.forEach((nominee, counts) -> sum.merge(nominee, counts, MarkCounts::plus));
        return new NomineeMarks<>(sum);
    }
}
