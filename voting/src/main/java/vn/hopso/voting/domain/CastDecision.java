package vn.hopso.voting.domain;

import java.util.Objects;

/** What recording a delegate's vote does: see {@link Poll#decide(Cast, RecordedVote)}. */
public sealed interface CastDecision {

    /** Their first vote on the ballot. */
    record First() implements CastDecision {
    }

    /** A named vote changed before the ballot closed: {@code from} is counted no more. */
    record Change(Cast from) implements CastDecision {

        public Change {
            Objects.requireNonNull(from, "from");
        }
    }

    /** The vote already recorded, sent again (a second device, a retry): nothing changes. */
    record Same() implements CastDecision {
    }
}
