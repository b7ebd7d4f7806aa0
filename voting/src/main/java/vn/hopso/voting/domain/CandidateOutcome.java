package vn.hopso.voting.domain;

public enum CandidateOutcome {
    ELECTED("Trúng cử"),
    NOT_ELECTED("Không trúng cử"),
    /** Reached the threshold level with others for the last seats: a further round among them decides. */
    TIED("Bằng số phiếu, bầu lại");

    private final String label;

    CandidateOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
