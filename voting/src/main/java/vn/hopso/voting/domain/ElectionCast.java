package vn.hopso.voting.domain;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A ballot of an election: a mark for some or all of the candidates; approving no one is a valid ballot. */
public record ElectionCast(List<Mark<Choice>> marks) implements Cast {

    public ElectionCast {
        marks = List.copyOf(marks);
    }

    /** An approval ballot in favour of {@code candidates}. */
    public static ElectionCast approving(UUID... candidates) {
        return new ElectionCast(Arrays.stream(candidates).map(id -> new Mark<>(id, Choice.YES)).toList());
    }

    int approvals() {
        return (int) marks.stream().filter(mark -> mark.mark() == Choice.YES).count();
    }
}
