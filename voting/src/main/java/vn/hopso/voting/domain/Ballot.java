package vn.hopso.voting.domain;

import java.util.Optional;

/** Something the council votes on, with what a single vote may say and how the votes decide. */
public sealed interface Ballot permits Motion, Election, ConfidenceRating, ConfidenceVote {

    /** Bỏ phiếu kín: whether the record of a vote may say who cast it (never, when secret). */
    boolean secret();

    /** Why {@code cast} cannot be recorded for this ballot, or empty when it can. */
    Optional<CastRefusal> refusalOf(Cast cast);
}
