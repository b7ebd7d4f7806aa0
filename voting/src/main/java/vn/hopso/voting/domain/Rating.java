package vn.hopso.voting.domain;

/** The three levels of a confidence rating (Resolution 96/2023/QH15). */
public enum Rating {
    HIGH("Tín nhiệm cao"),
    MEDIUM("Tín nhiệm"),
    LOW("Tín nhiệm thấp");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
