package vn.hopso.voting.domain;

/** The two answers of a confidence vote. */
public enum Confidence {
    TRUST("Tín nhiệm"),
    NO_TRUST("Không tín nhiệm");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
