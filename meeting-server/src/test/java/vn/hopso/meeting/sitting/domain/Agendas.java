package vn.hopso.meeting.sitting.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Sittings and agendas for the domain tests, built item by item. */
final class Agendas {

    static final UUID SITTING = UUID.randomUUID();
    private static final UUID ORGANISATION = UUID.randomUUID();

    private Agendas() {
    }

    static AgendaItem published(String title) {
        return item(title, true, false);
    }

    static AgendaItem closed(String title) {
        return item(title, true, true);
    }

    static AgendaItem draft(String title) {
        return item(title, false, false);
    }

    static AgendaItem item(String title, boolean published, boolean closed) {
        return new AgendaItem(UUID.randomUUID(), SITTING, 0, title, null, null, null, closed, published, false, 0);
    }

    static Sitting sitting(Sitting.Phase phase, boolean closed, @Nullable UUID current) {
        return new Sitting(SITTING, UUID.randomUUID(), ORGANISATION, "Phiên khai mạc",
                Instant.parse("2026-12-08T01:00:00Z"), null, "Hội trường", closed, phase, current, null, 10, 0);
    }

    /** The items in this order, positions 1..n. */
    static SittingSnapshot snapshot(Sitting sitting, AgendaItem... items) {
        List<AgendaItem> placed = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            placed.add(at(items[i], i + 1));
        }
        return new SittingSnapshot(sitting, placed);
    }

    static AgendaItem at(AgendaItem item, int position) {
        return item.atPosition(position);
    }

    static AgendaItem publishedVersionOf(AgendaItem item) {
        return new AgendaItem(item.id(), item.sittingId(), item.position(), item.title(), item.description(),
                item.presenter(), item.estimatedMinutes(), item.closed(), true, item.addedLate(), item.version() + 1);
    }
}
