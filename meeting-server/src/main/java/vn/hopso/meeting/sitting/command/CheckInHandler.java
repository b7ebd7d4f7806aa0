package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.CheckIn;
import vn.hopso.meeting.sitting.domain.Standing;

/** Điểm danh: a delegate with a mandate on the sitting's day checks themself in, before or during the sitting. */
@Component
class CheckInHandler implements CommandHandler<CheckIn> {

    private final AttendancePublication publication;

    CheckInHandler(AttendancePublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<CheckIn> handles() {
        return CheckIn.class;
    }

    @Override
    public UUID handle(CheckIn command, CommandContext context) {
        AttendanceRules.requireOpen(context.before().sitting());
        Standing standing = AttendanceRules.requireElected(publication.ofCaller(context));
        AttendanceRules.requireNotPresent(standing);
        publication.record(context, standing, AttendanceStatus.PRESENT, null);
        return standing.delegate().membershipId();
    }
}
