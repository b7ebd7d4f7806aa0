package vn.hopso.voting.domain;

import java.util.List;

/** A confidence-vote ballot: trust or no trust for each office holder the delegate answers for, each at most once. */
public record ConfidenceCast(List<Mark<Confidence>> marks) implements Cast {

    public ConfidenceCast {
        marks = List.copyOf(marks);
    }
}
