package vn.hopso.meeting.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Nội dung: one item of a sitting's agenda. {@code position} orders all items; {@code number} counts published items
 * only (drafts have none), so every screen numbers the agenda alike. {@code addedLate} marks an item added after the
 * agenda was published (bổ sung).
 */
public record AgendaItem(UUID id, UUID sittingId, int position, @Nullable Integer number, String title,
        @Nullable String description, @Nullable String presenter, @Nullable Integer estimatedMinutes, boolean closed,
        AgendaItemState state, boolean addedLate) {
}
