package vn.hopso.meeting.api;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Kỳ họp: a session of several days, made of sittings. */
public record Session(UUID id, UUID organisationId, String name, @Nullable Integer number, LocalDate startsOn,
        LocalDate endsOn, long version) {
}
