package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.CheckOut;
import vn.hopso.meeting.sitting.domain.Standing;

/** A delegate who checked in leaves; the time is kept, and they may check in again. */
@Component
class CheckOutHandler implements CommandHandler<CheckOut> {

    private final AttendancePublication publication;

    CheckOutHandler(AttendancePublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<CheckOut> handles() {
        return CheckOut.class;
    }

    @Override
    public UUID handle(CheckOut command, CommandContext context) {
        AttendanceRules.requireOpen(context.before().sitting());
        Standing standing = AttendanceRules.requireElected(publication.ofCaller(context));
        AttendanceRules.requirePresent(standing);
        publication.record(context, standing, AttendanceStatus.LEFT, null);
        return standing.delegate().membershipId();
    }
}
