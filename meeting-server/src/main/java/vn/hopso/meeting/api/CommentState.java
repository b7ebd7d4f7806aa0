package vn.hopso.meeting.api;

/** Where a comment stands: sent (not yet answered), answered, accepted (tiếp thu) or explained (giải trình). */
public enum CommentState {
    SENT, ANSWERED, ACCEPTED, EXPLAINED
}
