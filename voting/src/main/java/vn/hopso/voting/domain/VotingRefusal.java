package vn.hopso.voting.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a step of a ballot's life cannot be taken, or a vote cannot be recorded: a stable code and a Vietnamese message
 * ready to show. Nothing was changed. The server turns it into its own refusal.
 */
public record VotingRefusal(Code code, String message) {

    public enum Code {
        /** A ballot prepared with what its kind does not have, or without what it needs. */
        INVALID_BALLOT,
        /** Opening or editing a ballot that is no longer a draft. */
        BALLOT_NOT_DRAFT,
        /** Voting on, or closing, a ballot that is not open. */
        BALLOT_NOT_OPEN,
        /** Opening a ballot with a countdown shorter or longer than a ballot may have. */
        COUNTDOWN_OUT_OF_RANGE,
        /** Announcing a ballot that has not been closed, or one already announced. */
        BALLOT_NOT_CLOSED,
        /** Anything but reading, once a ballot is annulled. */
        BALLOT_ANNULLED,
        /** An annulment needs its reason, kept on record. */
        ANNUL_REASON_REQUIRED,
        /** A re-run names a ballot that is not annulled, or that belongs to another item. */
        NOT_A_RERUN,
        /** A further round asked of a ballot that is not an election. */
        NOT_AN_ELECTION,
        /** A further round asked of an election whose result is not announced yet (a paper count may still change it). */
        BALLOT_NOT_PUBLISHED,
        /** A further round asked of an election that filled every seat. */
        ELECTION_COMPLETE,
        /** A further round asked of a round that already has one. */
        NEXT_ROUND_EXISTS,
        /** A delegate not on the list of those entitled when the ballot opened. */
        NOT_ENTITLED,
        /** A second vote where the ballot allows no change (every secret ballot). */
        ALREADY_VOTED,
        /** The votes of the ballot do not add up to a result. */
        TALLY_REJECTED,
        WRONG_KIND,
        CHOICE_NOT_OFFERED,
        NOT_ON_BALLOT,
        MARKED_TWICE,
        TOO_MANY_APPROVALS;

        /** The wire code, e.g. {@code ballot_not_open}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public VotingRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A vote the ballot's own rules refuse. */
    public static VotingRefusal of(CastRefusal refusal) {
        return new VotingRefusal(Code.valueOf(refusal.reason().name()), refusal.message());
    }

    /** For unwinding: {@code throw refusal.exception()}. */
    public VotingRefused exception() {
        return new VotingRefused(this);
    }
}
