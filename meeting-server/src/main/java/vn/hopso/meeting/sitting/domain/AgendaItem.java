package vn.hopso.meeting.sitting.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Nội dung, as stored: {@code position} orders every item of the sitting, drafts included; what each viewer is shown
 * (their own position and number) comes from {@link Visibility}. {@code addedLate} marks an item added after the agenda
 * was published (bổ sung).
 */
public record AgendaItem(UUID id, UUID sittingId, int position, String title, @Nullable String description,
        @Nullable String presenter, @Nullable Integer estimatedMinutes, boolean closed, boolean published,
        boolean addedLate, long version) {

    public AgendaItem atPosition(int newPosition) {
        return new AgendaItem(id, sittingId, newPosition, title, description, presenter, estimatedMinutes, closed,
                published, addedLate, version);
    }
}
