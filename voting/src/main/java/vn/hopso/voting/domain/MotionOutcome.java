package vn.hopso.voting.domain;

public enum MotionOutcome {
    PASSED("Thông qua"),
    NOT_PASSED("Không thông qua");

    private final String label;

    MotionOutcome(String label) {
        this.label = label;
    }

    /** As announced: "Thông qua", "Không thông qua". */
    public String label() {
        return label;
    }
}
