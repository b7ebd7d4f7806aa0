package vn.hopso.meeting.sitting.domain;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.domain.Refusal;

/** When a sitting may be opened, closed, steered and edited. */
public final class SittingRules {

    private SittingRules() {
    }

    public static void requireCanStart(Sitting sitting) {
        if (sitting.phase() != Sitting.Phase.PLANNED) {
            throw Refusal.conflict("sitting_not_planned", "Phiên họp đã khai mạc hoặc đã kết thúc.").exception();
        }
    }

    public static void requireCanEnd(Sitting sitting) {
        if (sitting.phase() != Sitting.Phase.IN_PROGRESS) {
            throw Refusal.conflict("sitting_not_in_progress", "Phiên họp chưa khai mạc hoặc đã kết thúc.").exception();
        }
    }

    public static void requireCanMoveAgenda(Sitting sitting) {
        if (sitting.phase() != Sitting.Phase.IN_PROGRESS) {
            throw Refusal.conflict("sitting_not_in_progress", "Chỉ chuyển nội dung khi phiên họp đang diễn ra.")
                    .exception();
        }
    }

    /**
     * A command that moves the sitting says which item its sender believed current: a command sent twice (say, again
     * after a dropped connection) or overtaken by another chair's is refused instead of moving twice.
     */
    public static void requireCurrent(Sitting sitting, @Nullable UUID expected) {
        if (!Objects.equals(sitting.currentItemId(), expected)) {
            throw Refusal.conflict("stale_state",
                    "Nội dung đang thảo luận vừa thay đổi. Màn hình đã được cập nhật, vui lòng xem lại rồi thử lại.")
                    .exception();
        }
    }

    public static void requireCanBeCurrent(AgendaItem item) {
        if (!item.published()) {
            throw Refusal.conflict("item_not_published", "Nội dung chưa được công bố.").exception();
        }
    }

    public static void requireEditable(Sitting sitting) {
        requireNotEnded(sitting, "Phiên họp đã kết thúc, không thể sửa chương trình.");
    }

    /** Once a sitting has ended its record stands: {@code sitting_ended}, with what could not be done. */
    public static void requireNotEnded(Sitting sitting, String message) {
        if (sitting.phase() == Sitting.Phase.ENDED) {
            throw Refusal.conflict("sitting_ended", message).exception();
        }
    }

    /** An item named by a command must be one of the command's sitting. */
    public static AgendaItem requireItemOf(SittingSnapshot snapshot, UUID itemId) {
        return snapshot.item(itemId).orElseThrow(() -> Refusal.conflict("item_not_in_sitting",
                "Nội dung không thuộc phiên họp này.").exception());
    }

    /**
     * Whether a sitting is closed (họp kín) is the council's decision, taken before it starts: once it has started the
     * decision stands, so that nobody can open a closed sitting's content to the public afterwards.
     */
    public static void requireClosedFlagMayChange(Sitting sitting, boolean closed) {
        if (sitting.closed() != closed && sitting.phase() != Sitting.Phase.PLANNED) {
            throw Refusal.conflict("closed_flag_locked",
                    "Phiên họp đã khai mạc: không thể thay đổi chế độ họp kín.").exception();
        }
    }

    public static void requireValidTimes(SittingCommand.SittingDetails details) {
        if (details.endsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
            throw Refusal.invalid("endsAt", "Giờ kết thúc phải sau giờ bắt đầu.").exception();
        }
    }

    public static void requireItemClosedFlagMayChange(AgendaItem item, boolean closed) {
        if (item.published() && item.closed() != closed) {
            throw Refusal.conflict("closed_flag_locked",
                    "Không thể đổi chế độ họp kín của nội dung đã công bố; hãy thêm nội dung mới.").exception();
        }
    }

    /** @param refusal what a published item answers */
    public static void requireDraft(AgendaItem item, Refusal refusal) {
        if (item.published()) {
            throw refusal.exception();
        }
    }
}
