package vn.hopso.voting.domain;

import java.util.List;

/** A confidence-rating ballot: a level for each office holder the delegate rates, each at most once. */
public record RatingCast(List<Mark<Rating>> marks) implements Cast {

    public RatingCast {
        marks = List.copyOf(marks);
    }
}
