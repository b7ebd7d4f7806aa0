package vn.hopso.meeting.domain;

/** Carries a {@link Refusal} out of a transaction, which it rolls back; cheap (no stack trace). */
public final class Refused extends RuntimeException {

    private final Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
