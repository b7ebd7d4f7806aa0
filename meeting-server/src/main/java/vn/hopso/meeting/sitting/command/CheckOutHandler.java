package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.CheckOut;

/** A delegate who checked in leaves; the time is kept, and they may check in again. */
@Component
class CheckOutHandler implements CommandHandler<CheckOut> {

    private final AttendancePublication publication;

    CheckOutHandler(AttendancePublication publication) {
        this.publication = publication;
    }

    @Override
    public Class<CheckOut> handles() {
        return CheckOut.class;
    }

    @Override
    public UUID handle(CheckOut command, CommandContext context) {
        AttendanceRules.requireOpen(context.before().sitting());
        Attendance attendance = publication.current(context.before().sitting());
        Attendance.Delegate delegate = AttendanceRules.requireElected(attendance.delegateOf(context.actor().accountId()));
        AttendanceRules.requirePresent(attendance, delegate.membershipId());
        publication.record(context, attendance, delegate, AttendanceStatus.LEFT, null);
        return delegate.membershipId();
    }
}
