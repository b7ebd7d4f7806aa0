package vn.hopso.voting.domain;

import java.util.Objects;

/** A vote on a motion: one choice. */
public record MotionCast(Choice choice) implements Cast {

    public MotionCast {
        Objects.requireNonNull(choice, "choice");
    }
}
