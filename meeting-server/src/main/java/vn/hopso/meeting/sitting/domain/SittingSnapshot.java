package vn.hopso.meeting.sitting.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A sitting and its whole agenda (drafts and closed items included) at one point of its log. */
public record SittingSnapshot(Sitting sitting, List<AgendaItem> agenda) {

    public SittingSnapshot {
        agenda = agenda.stream().sorted(Comparator.comparingInt(AgendaItem::position)).toList();
    }

    public Optional<AgendaItem> item(UUID itemId) {
        return agenda.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}
