package vn.hopso.meeting.sitting.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.domain.Refusal;

/** Ordering and steering through a sitting's agenda. */
public final class AgendaRules {

    private AgendaRules() {
    }

    /** The ids in their new order, which must name every item of the sitting exactly once. */
    public static List<UUID> reorder(List<AgendaItem> items, List<UUID> itemIds) {
        if (itemIds.size() != items.size() || !new HashSet<>(itemIds).equals(
                new HashSet<>(items.stream().map(AgendaItem::id).toList()))) {
            throw Refusal.conflict("agenda_order_mismatch",
                    "Thứ tự mới phải gồm đúng tất cả các nội dung của phiên họp, mỗi nội dung một lần.").exception();
        }
        return List.copyOf(itemIds);
    }

    /** The published item after the current one, or the first published one when none is current. */
    public static Optional<UUID> next(List<AgendaItem> inOrder, @Nullable UUID current) {
        boolean passedCurrent = current == null;
        for (AgendaItem item : inOrder) {
            if (passedCurrent && item.published()) {
                return Optional.of(item.id());
            }
            if (item.id().equals(current)) {
                passedCurrent = true;
            }
        }
        return Optional.empty();
    }

    public static Optional<UUID> first(List<AgendaItem> inOrder) {
        return next(inOrder, null);
    }

    /** Where a new item goes: after every other. */
    public static int endPosition(List<AgendaItem> inOrder) {
        return inOrder.stream().mapToInt(AgendaItem::position).max().orElse(0) + 1;
    }
}
