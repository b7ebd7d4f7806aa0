package vn.hopso.voting.domain;

/** What a tally counts on its valid ballots: the choices of a motion, or the marks each person received. */
public sealed interface Marks<T extends Marks<T>> permits MarkCounts, NomineeMarks {

    /** These marks and {@code other}'s together, as when electronic and paper votes are added up. */
    T plus(T other);
}
