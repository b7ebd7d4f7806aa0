package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The sitting's items, every one of them, in their new order. */
public record AgendaOrder(
        @NotNull @Size(max = 1000, message = "{vn.hopso.meeting.api.input.List.size}") List<@NotNull UUID> itemIds) {
}
