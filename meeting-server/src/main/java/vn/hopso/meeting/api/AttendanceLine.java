package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a sitting's attendance history: a check-in, a check-out or a mark, when it was made. */
public record AttendanceLine(UUID membershipId, String fullName, AttendanceStatus status, @Nullable String reason,
        Instant at) {
}
