package vn.hopso.meeting.sitting.domain;

import java.util.Optional;
import java.util.UUID;
import vn.hopso.meeting.api.RollCall;
import vn.hopso.meeting.domain.Refusal;

/** When a roll call of sites may start, be answered and end. */
public final class RollCallRules {

    private RollCallRules() {
    }

    public static void requireNoneOpen(Sitting sitting, Optional<RollCall> latest) {
        if (sitting.phase() == Sitting.Phase.ENDED) {
            throw Refusal.conflict("sitting_ended", "Phiên họp đã bế mạc.").exception();
        }
        if (latest.filter(call -> call.endedAt() == null).isPresent()) {
            throw Refusal.conflict("roll_call_open", "Đang điểm danh điểm cầu.").exception();
        }
    }

    public static RollCall requireOpen(Optional<RollCall> latest) {
        return latest.filter(call -> call.endedAt() == null).orElseThrow(() -> Refusal.conflict("no_roll_call",
                "Không có lượt điểm danh điểm cầu nào đang mở.").exception());
    }

    /** A site answers once, and only its own operator answers for it (anyone else: not found). */
    public static void requireUnanswered(RollCall call, UUID siteId, boolean operator) {
        RollCall.SiteAnswer site = call.sites().stream().filter(s -> s.siteId().equals(siteId)).findFirst()
                .filter(s -> operator)
                .orElseThrow(() -> Refusal.notFound("điểm cầu").exception());
        if (site.answeredAt() != null) {
            throw Refusal.conflict("already_answered", "Điểm cầu đã trả lời điểm danh.").exception();
        }
    }
}
