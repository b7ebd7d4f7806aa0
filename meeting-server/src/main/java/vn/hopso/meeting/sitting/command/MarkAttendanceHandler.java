package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.MarkAttendance;
import vn.hopso.meeting.sitting.domain.Standing;

/** The secretariat records a delegate present, absent or on leave, or corrects a mistake; every mark is kept. */
@Component
class MarkAttendanceHandler implements CommandHandler<MarkAttendance> {

    private final AttendancePublication publication;

    MarkAttendanceHandler(AttendancePublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<MarkAttendance> handles() {
        return MarkAttendance.class;
    }

    @Override
    public UUID handle(MarkAttendance command, CommandContext context) {
        AttendanceRules.requireOpen(context.before().sitting());
        String reason = tidy(command.reason());
        Standing standing = AttendanceRules.requireMarkable(publication.of(context, command.membershipId()),
                command.status(), reason);
        publication.record(context, standing, command.status(), reason);
        return standing.delegate().membershipId();
    }

    private static @Nullable String tidy(@Nullable String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
