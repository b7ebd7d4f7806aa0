package vn.hopso.voting.domain;

/** Whether a rule needs strictly more than its share of the base ("quá") or the share itself ("ít nhất"). */
public enum Bound {
    /** Quá: strictly more than the share, e.g. more than half of 58 is 30. */
    MORE_THAN("quá"),
    /** Ít nhất: the share or more, rounded up, e.g. at least two thirds of 58 is 39, of 60 is 40. */
    AT_LEAST("ít nhất");

    private final String words;

    Bound(String words) {
        this.words = words;
    }

    /** The Vietnamese words that open a rule's description: "quá", "ít nhất". */
    public String words() {
        return words;
    }
}
