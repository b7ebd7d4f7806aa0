package vn.hopso.meeting.sitting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.AttendanceStatus;

/**
 * A sitting's attendance as it stands: the delegates holding a mandate on the sitting's day, the latest record of
 * each (none: not checked in yet), and the council's quorum rule.
 */
public record Attendance(List<Delegate> elected, Map<UUID, Record> latest, QuorumRule rule) {

    /**
     * A delegate holding a mandate on the sitting's day, with the account they check in with, and the site they
     * attend at when the council meets across sites (its operator may check them in).
     */
    public record Delegate(UUID membershipId, UUID personId, UUID accountId, String fullName,
            @Nullable String delegationName, @Nullable UUID siteId, @Nullable String siteName) {
    }

    /** One line of the attendance history. */
    public record Record(UUID membershipId, AttendanceStatus status, @Nullable String reason, Instant at) {
    }

    public Attendance {
        elected = List.copyOf(elected);
        latest = Map.copyOf(latest);
    }

    public Optional<Record> latestOf(UUID membershipId) {
        return Optional.ofNullable(latest.get(membershipId));
    }

    public boolean present(UUID membershipId) {
        return latestOf(membershipId).map(r -> r.status() == AttendanceStatus.PRESENT).orElse(false);
    }

    public Quorum quorum() {
        int present = (int) elected.stream().filter(d -> present(d.membershipId())).count();
        return Quorum.of(present, elected.size(), rule);
    }
}
