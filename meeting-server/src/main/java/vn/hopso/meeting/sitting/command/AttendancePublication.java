package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import vn.hopso.meeting.sitting.domain.Standing;

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

    /** The caller's standing, read under the sitting's lock, if they are a delegate elected on the sitting's day. */
    Optional<Standing> ofCaller(CommandContext context) {
        return attendance.standingOfAccount(context.before().sitting(), context.actor().accountId());
    }

    /** The standing of a delegate, read under the sitting's lock, if they are elected on the sitting's day. */
    Optional<Standing> of(CommandContext context, UUID membershipId) {
        return attendance.standingOf(context.before().sitting(), membershipId);
    }

    /** Records a change of the delegate whose standing, read under the sitting's lock, is {@code before}. */
    void record(CommandContext context, Standing before, AttendanceStatus status, @Nullable String reason) {
        Attendance.Delegate delegate = before.delegate();
        attendance.record(context.before().sitting().id(), delegate, status, reason, context.actor().accountId(),
                context.now());
        Attendance.Record latest = new Attendance.Record(delegate.membershipId(), status, reason, context.now());
        QuorumLine quorum = AttendanceStore.line(before.quorumWith(latest));
        context.emit(new AttendanceChanged(AttendanceStore.entry(delegate, latest, true), quorum), Recipients.staff());
        context.emit(new AttendanceChanged(AttendanceStore.entry(delegate, latest, false), quorum),
                Recipients.exactly(List.of(Clearance.PUBLIC, Clearance.MEMBER)));
        context.audit("attendance." + status.name().toLowerCase(Locale.ROOT), "membership", delegate.membershipId(),
                reason == null ? Map.of("fullName", delegate.fullName())
                        : Map.of("fullName", delegate.fullName(), "reason", reason));
    }
}
