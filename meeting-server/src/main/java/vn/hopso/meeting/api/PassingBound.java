package vn.hopso.meeting.api;

/** Whether a rule needs strictly more than its share ("quá") or the share itself ("ít nhất"). */
public enum PassingBound {
    MORE_THAN,
    AT_LEAST
}
