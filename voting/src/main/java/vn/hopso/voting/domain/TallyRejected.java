package vn.hopso.voting.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A result was asked of tallies that do not add up; nothing was decided. */
public final class TallyRejected extends RuntimeException {

    private final List<Discrepancy> discrepancies;

    TallyRejected(List<Discrepancy> discrepancies) {
        super(discrepancies.stream().map(Discrepancy::message).collect(Collectors.joining(" ")));
        this.discrepancies = List.copyOf(discrepancies);
    }

    public List<Discrepancy> discrepancies() {
        return discrepancies;
    }
}
