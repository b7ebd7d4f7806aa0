package vn.hopso.meeting.sitting.domain;

import vn.hopso.meeting.access.Audience;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemState;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingState;

/** When a sitting may be opened, closed and steered. */
public final class SittingRules {

    private SittingRules() {
    }

    public static void requireCanStart(Sitting sitting) {
        if (sitting.state() != SittingState.PLANNED) {
            throw new Refusal("sitting_not_planned", "Phiên họp đã khai mạc hoặc đã kết thúc.");
        }
    }

    public static void requireCanEnd(Sitting sitting) {
        if (sitting.state() != SittingState.IN_PROGRESS) {
            throw new Refusal("sitting_not_in_progress", "Phiên họp chưa khai mạc hoặc đã kết thúc.");
        }
    }

    public static void requireCanMoveAgenda(Sitting sitting) {
        if (sitting.state() != SittingState.IN_PROGRESS) {
            throw new Refusal("sitting_not_in_progress", "Chỉ chuyển nội dung khi phiên họp đang diễn ra.");
        }
    }

    public static void requireCanBeCurrent(AgendaItem item) {
        if (item.state() != AgendaItemState.PUBLISHED) {
            throw new Refusal("item_not_published", "Nội dung chưa được công bố.");
        }
    }

    public static void requireEditable(Sitting sitting) {
        if (sitting.state() == SittingState.ENDED) {
            throw new Refusal("sitting_ended", "Phiên họp đã kết thúc, không thể sửa chương trình.");
        }
    }

    public static Audience audienceOf(Sitting sitting) {
        return sitting.closed() ? Audience.MEMBERS : Audience.EVERYONE;
    }
}
