package vn.hopso.meeting.sitting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Audience;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemState;

/** Ordering, numbering and visibility of a sitting's agenda. */
public final class AgendaRules {

    private AgendaRules() {
    }

    /**
     * Positions 1..n in the given order; numbers 1..k over the published items only, so that "nội dung 3" means the same
     * item on every screen whatever drafts lie between.
     */
    public static List<AgendaItem> renumber(List<AgendaItem> inOrder) {
        List<AgendaItem> result = new ArrayList<>(inOrder.size());
        int number = 0;
        for (int i = 0; i < inOrder.size(); i++) {
            AgendaItem item = inOrder.get(i);
            Integer itemNumber = item.state() == AgendaItemState.PUBLISHED ? ++number : null;
            result.add(new AgendaItem(item.id(), item.sittingId(), i + 1, itemNumber, item.title(), item.description(),
                    item.presenter(), item.estimatedMinutes(), item.closed(), item.state(), item.addedLate()));
        }
        return result;
    }

    /** The items of {@code after} whose position or number differ from {@code before}. */
    public static List<AgendaItem> changed(List<AgendaItem> before, List<AgendaItem> after) {
        return after.stream().filter(item -> !before.contains(item)).toList();
    }

    /** The given items in the order of {@code itemIds}, which must name every item exactly once. */
    public static List<AgendaItem> reorder(List<AgendaItem> items, List<UUID> itemIds) {
        if (itemIds.size() != items.size() || !new HashSet<>(itemIds).equals(
                new HashSet<>(items.stream().map(AgendaItem::id).toList()))) {
            throw new Refusal("agenda_order_mismatch",
                    "Thứ tự mới phải gồm đúng tất cả các nội dung của phiên họp, mỗi nội dung một lần.");
        }
        return itemIds.stream()
                .map(id -> items.stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** The published item after the current one, or the first published one when none is current. */
    public static Optional<UUID> next(List<AgendaItem> inOrder, @Nullable UUID current) {
        boolean passedCurrent = current == null;
        for (AgendaItem item : inOrder) {
            if (passedCurrent && item.state() == AgendaItemState.PUBLISHED) {
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

    /** Drafts are for staff; closed items and everything of a closed sitting for members; the rest for all. */
    public static Audience audienceOf(AgendaItem item, boolean closedSitting) {
        if (item.state() == AgendaItemState.DRAFT) {
            return Audience.STAFF;
        }
        return item.closed() || closedSitting ? Audience.MEMBERS : Audience.EVERYONE;
    }
}
