package vn.hopso.voting.domain;

/** What a passing rule takes its share of. */
public enum Base {
    /**
     * Tổng số đại biểu: every delegate elected to the council, present or not. The base the law sets for resolutions
     * and dismissals (Law 77/2015, Art. 91(3)).
     */
    TOTAL_ELECTED("tổng số đại biểu"),
    /** Số đại biểu có mặt: the delegates entitled to vote and present when the ballot opened, e.g. for procedure. */
    PRESENT("số đại biểu có mặt"),
    /**
     * Số phiếu hợp lệ: the valid votes, electronic and paper. An abstention (ABSTAIN, "không biểu quyết" or "phiếu
     * trắng") is a vote the delegate chose to cast, so it counts in this base and weighs like a vote against; a present
     * delegate who pressed nothing, an invalid paper ballot and a ballot not returned do not count.
     */
    VOTES_CAST("số phiếu hợp lệ");

    private final String words;

    Base(String words) {
        this.words = words;
    }

    /** The Vietnamese name of the base, as it reads in a rule: "tổng số đại biểu". */
    public String words() {
        return words;
    }

    /** The size of this base for a ballot of {@code electorate} that received {@code votesCast} valid votes. */
    public int size(Electorate electorate, int votesCast) {
        return switch (this) {
            case TOTAL_ELECTED -> electorate.totalElected();
            case PRESENT -> electorate.present();
            case VOTES_CAST -> votesCast;
        };
    }
}
