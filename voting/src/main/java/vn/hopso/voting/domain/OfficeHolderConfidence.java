package vn.hopso.voting.domain;

/** One office holder's confidence vote: trust and no trust, with their shares, and the outcome. */
public record OfficeHolderConfidence(Nominee officeHolder, Count trust, Count noTrust, ConfidenceOutcome outcome) {
}
