package vn.hopso.meeting.sitting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Clearance;

/**
 * A sitting as viewers of one clearance see it. The current item is named only when they may see it; otherwise
 * {@code currentItemClosed} tells their screens to show "Họp kín". {@code nextItemId} is where {@code agenda.next}
 * would go, when they may see it.
 */
public record Shown(Clearance clearance, Sitting sitting, @Nullable UUID currentItemId, boolean currentItemClosed,
        @Nullable UUID nextItemId, List<Item> agenda) {

    public Shown {
        agenda = List.copyOf(agenda);
    }

    /** One item with the position and number this clearance sees: counted over what it may see, and nothing else. */
    public record Item(AgendaItem item, int position, @Nullable Integer number) {

        /** Whether a viewer would see any difference: the stored position behind the shown one does not count. */
        public boolean looksLike(Item other) {
            return position == other.position && java.util.Objects.equals(number, other.number)
                    && item.atPosition(0).equals(other.item.atPosition(0));
        }
    }

    public Optional<Item> item(UUID itemId) {
        return agenda.stream().filter(shown -> shown.item().id().equals(itemId)).findFirst();
    }
}
