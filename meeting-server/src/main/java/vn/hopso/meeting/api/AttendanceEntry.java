package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One elected delegate on a sitting's attendance board: their latest status since when ({@code null}: not checked in
 * yet). {@code reason} (of leave, of a correction) is shown to the secretariat and the chair only.
 */
public record AttendanceEntry(UUID membershipId, String fullName, @Nullable String delegationName,
        @Nullable AttendanceStatus status, @Nullable String reason, @Nullable Instant since) {
}
