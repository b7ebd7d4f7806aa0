package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One elected delegate on a sitting's attendance board: their latest status since when ({@code null}: not checked in
 * yet). {@code reason} (of leave, of a correction) is shown to the secretariat and the chair only. {@code siteId}: the
 * site the delegate attends at, when the council meets across sites.
 */
public record AttendanceEntry(UUID membershipId, String fullName, @Nullable String delegationName,
        @Nullable UUID siteId, @Nullable String siteName, @Nullable AttendanceStatus status, @Nullable String reason, @Nullable Instant since) {
}
