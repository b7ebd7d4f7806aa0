package vn.hopso.voting.domain;

/** How a round of an election ended, and so whether the chair has another round to hold. */
public enum RoundOutcome {
    /** Every seat filled. */
    COMPLETE("Đã bầu đủ số lượng"),
    /** More candidates reached the threshold with the same votes than there are seats left: bầu lại among them. */
    TIE_FOR_LAST_SEATS("Có người bằng số phiếu ở vị trí cuối, bầu lại trong số những người này"),
    /** Fewer candidates reached the threshold than there are seats. */
    NOT_ENOUGH_ELECTED("Chưa bầu đủ số lượng");

    private final String label;

    RoundOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
