package vn.hopso.meeting.sitting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hopso.meeting.access.Clearance;

/**
 * The events one change of a sitting makes for viewers of one clearance: the difference between what they saw before
 * and what they see after. Every command's events come from here, so no command can forget a viewer or show one
 * something it should not. Order: the sitting, removed items, added/published/updated items by position, the current
 * item last (so it never points at an item a screen has not received yet).
 */
public final class ViewDiff {

    private ViewDiff() {
    }

    public static List<ViewChange> between(SittingSnapshot before, SittingSnapshot after, Clearance clearance) {
        Optional<Shown> was = Visibility.show(before, clearance);
        Optional<Shown> is = Visibility.show(after, clearance);
        if (was.isEmpty() || is.isEmpty()) {
            // Viewers who may not follow the sitting on either side are not subscribed to it: nothing to tell them.
            return List.of();
        }
        List<ViewChange> changes = new ArrayList<>();
        sittingChange(was.get(), is.get()).ifPresent(changes::add);
        Set<java.util.UUID> remaining = is.get().agenda().stream().map(item -> item.item().id())
                .collect(Collectors.toSet());
        for (Shown.Item old : was.get().agenda()) {
            if (!remaining.contains(old.item().id())) {
                changes.add(new ViewChange.ItemRemoved(old.item().id()));
            }
        }
        for (Shown.Item now : is.get().agenda()) {
            Optional<Shown.Item> then = was.get().item(now.item().id());
            boolean existed = before.item(now.item().id()).isPresent();
            boolean becamePublished = now.item().published()
                    && before.item(now.item().id()).map(item -> !item.published()).orElse(false);
            if (becamePublished) {
                changes.add(new ViewChange.ItemPublished(now));
            } else if (then.isEmpty()) {
                changes.add(existed ? new ViewChange.ItemPublished(now) : new ViewChange.ItemAdded(now));
            } else if (!then.get().looksLike(now)) {
                changes.add(new ViewChange.ItemUpdated(now));
            }
        }
        if (!Objects.equals(was.get().currentItemId(), is.get().currentItemId())
                || was.get().currentItemClosed() != is.get().currentItemClosed()
                || !Objects.equals(was.get().nextItemId(), is.get().nextItemId())) {
            changes.add(new ViewChange.CurrentMoved(is.get().currentItemId(), is.get().currentItemClosed(),
                    is.get().nextItemId()));
        }
        return changes;
    }

    private static Optional<ViewChange> sittingChange(Shown was, Shown is) {
        Sitting before = was.sitting();
        Sitting after = is.sitting();
        if (before.phase() != after.phase()) {
            return Optional.of(switch (after.phase()) {
                case IN_PROGRESS -> new ViewChange.Started(is);
                case ENDED -> new ViewChange.Ended(is);
                case PLANNED -> new ViewChange.Updated(is);
            });
        }
        return details(before).equals(details(after)) ? Optional.empty() : Optional.of(new ViewChange.Updated(is));
    }

    /** What {@code sitting.updated} is about: everything but the log position and the current item. */
    private static List<Object> details(Sitting sitting) {
        return java.util.Arrays.asList(sitting.title(), sitting.startsAt(), sitting.endsAt(), sitting.place(),
                sitting.closed(), sitting.agendaPublishedAt(), sitting.version());
    }
}
