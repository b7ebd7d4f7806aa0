package vn.hopso.meeting.sitting.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.AttendanceStatus;

/**
 * One delegate's place in a sitting's attendance: their latest record (none: not checked in yet) and the quorum line
 * as it stands, counted against the council's rule. What a change of one delegate's attendance needs to read, rather
 * than the whole board.
 *
 * @param present the delegates present now, this one included when they are
 */
public record Standing(Attendance.Delegate delegate, Attendance.@Nullable Record latest, int present,
        int totalElected, QuorumRule rule) {

    public Standing {
        if (latest != null && !latest.membershipId().equals(delegate.membershipId())) {
            throw new IllegalArgumentException("a record of another delegate: " + latest.membershipId());
        }
        if (present < (isPresent(latest) ? 1 : 0) || present > totalElected) {
            throw new IllegalArgumentException(present + " present of " + totalElected + " elected");
        }
    }

    public Optional<Attendance.Record> latestRecord() {
        return Optional.ofNullable(latest);
    }

    public boolean isPresent() {
        return isPresent(latest);
    }

    public Quorum quorum() {
        return Quorum.of(present, totalElected, rule);
    }

    /** The quorum once {@code record}, one of this delegate's, is their latest. */
    public Quorum quorumWith(Attendance.Record record) {
        if (!record.membershipId().equals(delegate.membershipId())) {
            throw new IllegalArgumentException("a record of another delegate: " + record.membershipId());
        }
        int after = present - (isPresent() ? 1 : 0) + (isPresent(record) ? 1 : 0);
        return Quorum.of(after, totalElected, rule);
    }

    private static boolean isPresent(Attendance.@Nullable Record record) {
        return record != null && record.status() == AttendanceStatus.PRESENT;
    }
}
