package vn.hopso.documents.domain;

/** Where a comment (góp ý) stands with the secretariat, with the words a report prints for it. */
public enum CommentState {
    /** Sent, not yet answered. */
    SENT("Chưa trả lời"),
    /** Answered without a decision on the draft. */
    ANSWERED("Đã trả lời"),
    /** Tiếp thu: the draft will take it in. */
    ACCEPTED("Tiếp thu"),
    /** Giải trình: the draft stays as it is, and why. */
    EXPLAINED("Giải trình");

    private final String label;

    CommentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the secretariat may set; {@link #SENT} is only where a comment starts. */
    public boolean isAnswer() {
        return this != SENT;
    }

    /** A reply in words is needed: an answer, or an explanation of why the draft stays (tiếp thu may stand alone). */
    public boolean needsWords() {
        return this == ANSWERED || this == EXPLAINED;
    }
}
