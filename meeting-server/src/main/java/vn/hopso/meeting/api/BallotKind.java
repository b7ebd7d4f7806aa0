package vn.hopso.meeting.api;

/** What a ballot asks. */
public enum BallotKind {
    /** Biểu quyết một nội dung (a resolution, a dismissal, a procedural question): one choice. */
    MOTION,
    /** Bầu cử: candidates for seats; secret. */
    ELECTION,
    /** Lấy phiếu tín nhiệm: each office holder rated high, medium or low; secret. */
    CONFIDENCE_RATING,
    /** Bỏ phiếu tín nhiệm: trust or no trust in each office holder; secret. */
    CONFIDENCE_VOTE
}
