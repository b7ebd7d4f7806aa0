package vn.hopso.meeting.sitting.domain;

import vn.hopso.meeting.domain.Refusal;

/** When a roll call of sites may start, be answered and end. */
public final class RollCallRules {

    private RollCallRules() {
    }

    public static void requireNoneOpen(Sitting sitting, boolean open) {
        SittingRules.requireNotEnded(sitting, "Phiên họp đã bế mạc.");
        if (open) {
            throw Refusal.conflict("roll_call_open", "Đang điểm danh điểm cầu.").exception();
        }
    }

    public static void requireOpen(boolean open) {
        if (!open) {
            throw Refusal.conflict("no_roll_call", "Không có lượt điểm danh điểm cầu nào đang mở.").exception();
        }
    }

    /** A site answers once, and only its own operator answers for it (anyone else: not found). */
    public static void requireUnanswered(boolean ownSite, boolean answered) {
        if (!ownSite) {
            throw Refusal.notFound("điểm cầu").exception();
        }
        if (answered) {
            throw Refusal.conflict("already_answered", "Điểm cầu đã trả lời điểm danh.").exception();
        }
    }
}
