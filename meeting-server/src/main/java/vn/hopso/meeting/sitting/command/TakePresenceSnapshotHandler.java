package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.PresenceSnapshot;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.domain.SittingCommand.TakePresenceSnapshot;

/** Who is present, under the sitting's lock so that no check-in slips between the count and the names. */
@Component
class TakePresenceSnapshotHandler implements CommandHandler<TakePresenceSnapshot> {

    private final AttendanceStore attendance;

    TakePresenceSnapshotHandler(AttendanceStore attendance) {
        this.attendance = attendance;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<TakePresenceSnapshot> handles() {
        return TakePresenceSnapshot.class;
    }

    @Override
    public UUID handle(TakePresenceSnapshot command, CommandContext context) {
        PresenceSnapshot snapshot = attendance.takeSnapshot(context.before().sitting(), context.actor().accountId(),
                context.now()).snapshot();
        context.audit("attendance.snapshot", "sitting", context.before().sitting().id(),
                Map.of("present", snapshot.present(), "totalElected", snapshot.totalElected()));
        return snapshot.id();
    }
}
