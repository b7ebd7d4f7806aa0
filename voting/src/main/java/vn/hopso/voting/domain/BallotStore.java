package vn.hopso.voting.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where ballots, those entitled to vote on them and their votes are kept. Every write happens in the caller's
 * transaction, which serialises the votes of one sitting.
 *
 * <p>Secrecy is this store's to keep: for a secret ballot it records <em>that</em> a delegate voted in one place and
 * adds the vote to the ballot's counters in another, and nothing it stores — no key, reference, time, order or
 * position — lets anyone join the two afterwards. A named ballot keeps each delegate's vote with its time.
 *
 * <p>Every step is also chained by hashes ({@link #verify}): a secret ballot's chain records who voted, in the order
 * they did, and the counters only as they stood at the close.
 */
public interface BallotStore {

    void create(Poll poll);

    Optional<Poll> find(UUID pollId);

    /** The sitting's ballots, oldest first. */
    List<Poll> ofSitting(UUID sittingId);

    /** The open ballots of every sitting whose countdown ran out by {@code now}, the longest overdue first. */
    List<Poll> overdue(Instant now);

    /** Stores a step of the ballot's life: its state, its times, its opening or annulment. */
    void save(Poll poll);

    /** At opening: who is entitled to vote, and a counter at zero for every mark the ballot offers. */
    void enrol(Poll poll, List<Elector> electors);

    /** The elector who votes with this account, if they are entitled to. */
    Optional<Elector> elector(UUID pollId, UUID accountId);

    /** The vote recorded for this delegate, if any: what it says only when the ballot is named. */
    Optional<RecordedVote> voteOf(Poll poll, UUID membershipId);

    /**
     * Records a vote {@link Poll#decide decided} on; exactly one per delegate per ballot, which the database itself
     * enforces.
     */
    void record(Poll poll, Elector elector, Cast cast, CastDecision decision, Instant at);

    /** How many delegates voted so far. */
    int voters(UUID pollId);

    /** The counters, with how many delegates voted. */
    Counting.Counted counted(Poll poll);

    /**
     * At closing, in the closing transaction: rewrites every counter, so that none keeps a trace of the last vote
     * that changed it.
     */
    void seal(UUID pollId);

    /** A named ballot's votes, by delegate; empty for a secret ballot, which keeps none. */
    List<NamedVote> namedVotes(Poll poll);

    /** Everyone entitled to vote on the ballot (present at its opening), by name. */
    List<Elector> electors(UUID pollId);

    /** Which of these ballots the account may vote on (its delegate was present at their opening). */
    java.util.Set<UUID> entitledOn(UUID accountId, Collection<Poll> polls);

    /** The votes this account has recorded on these ballots, by ballot. */
    Map<UUID, RecordedVote> votesOf(UUID accountId, Collection<Poll> polls);

    /** The ballot committee's paper count that stands now (the last one entered), if any. */
    Optional<PaperCount.Entered> paperCount(UUID pollId);

    /**
     * Records a paper count entered by {@code enteredBy}; it replaces the one standing, which stays on record, and is
     * chained like every other step.
     */
    void recordPaperCount(Poll poll, PaperCount count, UUID enteredBy, Instant at);

    /**
     * Recomputes the ballot's chain of records and holds the tables against it: the ballot, those entitled, the votes,
     * the paper counts and, once closed, the counters. The counters of an open ballot are left alone, since they are
     * not to be known.
     */
    Verification verify(Poll poll);

    /** One delegate's recorded vote on a named ballot. */
    record NamedVote(Elector elector, Cast cast, Instant castAt, Instant changedAt) {
    }
}
