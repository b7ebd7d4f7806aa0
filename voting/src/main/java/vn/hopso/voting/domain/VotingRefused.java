package vn.hopso.voting.domain;

/** Carries a {@link VotingRefusal} out of the step it refuses; cheap (no stack trace). */
public final class VotingRefused extends RuntimeException {

    private final VotingRefusal refusal;

    VotingRefused(VotingRefusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public VotingRefusal refusal() {
        return refusal;
    }
}
