package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** The sitting's items, every one of them, in their new order. */
public record AgendaOrder(@NotNull List<UUID> itemIds) {
}
