package vn.hopso.meeting.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Nội dung: one item of a sitting's agenda, as the caller may see it. {@code position} orders the items the caller
 * sees; {@code number} counts the published ones among them (drafts have none). Both are counted over what the caller
 * may see, so they never reveal hidden or draft items. {@code addedLate} marks an item added after the agenda was
 * published (bổ sung). {@code version} is sent back with an edit, so that a stale one is refused.
 */
public record AgendaItem(UUID id, UUID sittingId, int position, @Nullable Integer number, String title,
        @Nullable String description, @Nullable String presenter, @Nullable Integer estimatedMinutes, boolean closed,
        AgendaItemState state, boolean addedLate, long version) {
}
