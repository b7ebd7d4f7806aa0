package vn.hopso.voting.domain;

/** Why a single vote cannot be recorded: a stable code for clients and a Vietnamese message ready to show. */
public record CastRefusal(Reason reason, String message) {

    public enum Reason {
        /** A vote of another kind of ballot, e.g. a rating cast on a motion. */
        WRONG_KIND,
        /** A choice or mark this ballot does not offer. */
        CHOICE_NOT_OFFERED,
        /** A candidate or office holder who is not on this ballot. */
        NOT_ON_BALLOT,
        /** The same candidate or office holder marked more than once. */
        MARKED_TWICE,
        /** More candidates approved than there are seats. */
        TOO_MANY_APPROVALS;

        /** The wire code, e.g. {@code too_many_approvals}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static CastRefusal wrongKind() {
        return new CastRefusal(Reason.WRONG_KIND, "Phiếu này không thuộc loại biểu quyết đang diễn ra.");
    }
}
