package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.api.QuorumLine;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AttendanceChanged;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.Sitting;

/**
 * Records one change of a delegate's attendance and announces it with the new quorum line: with its reason to the
 * staff, without it to everyone else who follows the sitting.
 */
@Component
class AttendancePublication {

    private final AttendanceStore attendance;

    AttendancePublication(AttendanceStore attendance) {
        this.attendance = attendance;
    }

    Attendance current(Sitting sitting) {
        return attendance.of(sitting);
    }

    /** Records the change to {@code before}, the attendance as read under the sitting's lock. */
    void record(CommandContext context, Attendance before, Attendance.Delegate delegate, AttendanceStatus status,
            @Nullable String reason) {
        Sitting sitting = context.before().sitting();
        attendance.record(sitting.id(), delegate, status, reason, context.actor().accountId(), context.now());
        Attendance.Record latest = new Attendance.Record(delegate.membershipId(), status, reason, context.now());
        QuorumLine quorum = AttendanceStore.line(before.with(latest).quorum());
        context.emit(new AttendanceChanged(AttendanceStore.entry(delegate, latest, true), quorum), Recipients.staff());
        context.emit(new AttendanceChanged(AttendanceStore.entry(delegate, latest, false), quorum),
                Recipients.exactly(List.of(Clearance.PUBLIC, Clearance.MEMBER)));
        context.audit("attendance." + status.name().toLowerCase(Locale.ROOT), "membership", delegate.membershipId(),
                reason == null ? Map.of("fullName", delegate.fullName())
                        : Map.of("fullName", delegate.fullName(), "reason", reason));
    }
}
