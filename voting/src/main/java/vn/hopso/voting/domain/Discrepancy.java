package vn.hopso.voting.domain;

import java.util.Locale;

/**
 * A count that does not add up, so the tally is refused: a stable code and a Vietnamese message that names the figures,
 * e.g. "Phiếu giấy: số phiếu thu vào (12) nhiều hơn số phiếu phát ra (10)."
 */
public record Discrepancy(Code code, String message) {

    public enum Code {
        /** More ballots returned than were issued. */
        RETURNED_EXCEEDS_ISSUED,
        /** Valid and invalid ballots do not add up to those returned. */
        VALID_AND_INVALID_NOT_RETURNED,
        /** Electronic votes and paper ballots returned together exceed the delegates present. */
        MORE_VOTERS_THAN_PRESENT,
        /** The choices of a motion do not add up to its valid ballots (each carries exactly one). */
        CHOICES_NOT_VALID,
        /** Votes counted for a choice or mark the ballot does not offer. */
        MARK_NOT_OFFERED,
        /** Votes counted for someone who is not on the ballot. */
        NOT_ON_BALLOT,
        /** One person received more marks than there are valid ballots. */
        MARKS_EXCEED_VALID,
        /** More approvals than the valid ballots can carry, at most one per seat each. */
        APPROVALS_EXCEED_SEATS;

        /** The wire code, e.g. {@code returned_exceeds_issued}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
