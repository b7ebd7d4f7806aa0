package vn.hopso.meeting.sitting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.hopso.meeting.access.Clearance;

/**
 * What each clearance may see of a sitting. Staff see everything, drafts included; members see published items,
 * closed ones included; everyone else sees published public items of a public sitting. Positions and numbers are
 * counted over what the viewer sees, so a guest's "nội dung 3" reveals nothing about the items kept from them.
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean mayFollow(Clearance clearance, Sitting sitting) {
        return !sitting.closed() || clearance.atLeast(Clearance.MEMBER);
    }

    public static boolean sees(Clearance clearance, AgendaItem item, Sitting sitting) {
        return switch (clearance) {
            case STAFF -> true;
            case MEMBER -> item.published();
            case PUBLIC -> item.published() && !item.closed() && !sitting.closed();
        };
    }

    /** The sitting as this clearance sees it; empty when it may not follow the sitting at all. */
    public static Optional<Shown> show(SittingSnapshot snapshot, Clearance clearance) {
        Sitting sitting = snapshot.sitting();
        if (!mayFollow(clearance, sitting)) {
            return Optional.empty();
        }
        List<Shown.Item> items = new ArrayList<>();
        int published = 0;
        for (AgendaItem item : snapshot.agenda()) {
            if (!sees(clearance, item, sitting)) {
                continue;
            }
            int position = items.size() + 1;
            Integer number = item.published() ? ++published : null;
            items.add(new Shown.Item(item, position, number));
        }
        boolean currentShown = sitting.currentItemId() != null
                && items.stream().anyMatch(shown -> shown.item().id().equals(sitting.currentItemId()));
        boolean currentClosed = sitting.currentItemId() != null && !currentShown;
        // The public are not told what comes next: whether it is hidden from them would show through.
        UUID next = sitting.phase() == Sitting.Phase.ENDED || clearance == Clearance.PUBLIC ? null
                : AgendaRules.next(snapshot.agenda(), sitting.currentItemId())
                        .filter(id -> items.stream().anyMatch(shown -> shown.item().id().equals(id))).orElse(null);
        return Optional.of(new Shown(clearance, sitting, currentShown ? sitting.currentItemId() : null, currentClosed,
                next, items));
    }
}
