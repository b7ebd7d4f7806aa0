package vn.hopso.voting.domain;

/** What a confidence rating means for one office holder, from the "tín nhiệm thấp" among the total of delegates. */
public enum RatingConsequence {
    /** Half of the total or fewer rate them low. */
    NONE("Không"),
    /** More than half and less than two thirds of the total rate them low: they may resign (xin từ chức). */
    MAY_RESIGN("Có thể xin từ chức"),
    /** Two thirds of the total or more rate them low: their dismissal is proposed to the council. */
    DISMISSAL_PROPOSED("Đề nghị miễn nhiệm");

    private final String label;

    RatingConsequence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
