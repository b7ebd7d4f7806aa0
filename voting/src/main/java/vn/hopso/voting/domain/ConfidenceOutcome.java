package vn.hopso.voting.domain;

/** Whether the votes of no confidence in one office holder reached the rule. */
public enum ConfidenceOutcome {
    /** Enough "không tín nhiệm": whoever nominated the office holder is to propose their dismissal. */
    NO_CONFIDENCE("Đủ số phiếu không tín nhiệm, trình miễn nhiệm"),
    NO_CONFIDENCE_NOT_REACHED("Không đủ số phiếu không tín nhiệm");

    private final String label;

    ConfidenceOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
