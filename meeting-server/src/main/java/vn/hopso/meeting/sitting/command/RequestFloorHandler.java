package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.RequestFloor;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;

/** Đăng ký phát biểu: an elected delegate asks to speak on a published item of the sitting. */
@Component
class RequestFloorHandler implements CommandHandler<RequestFloor> {

    private final SpeakersPublication publication;
    private final AttendanceStore attendance;

    RequestFloorHandler(SpeakersPublication publication, AttendanceStore attendance) {
        this.publication = publication;
        this.attendance = attendance;
    }

    @Override
    public Class<RequestFloor> handles() {
        return RequestFloor.class;
    }

    @Override
    public UUID handle(RequestFloor command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        AgendaItem item = SittingRules.requireItemOf(context.before(), command.itemId());
        SittingRules.requireCanBeCurrent(item);
        Attendance.Delegate delegate = AttendanceRules.requireElected(attendance.of(context.before().sitting()),
                context.actor().accountId());
        UUID id = UUID.randomUUID();
        publication.publish(context, queue, queue.register(context.before().sitting(), item.id(),
                delegate, command.kind(), command.addressee(), id, context.now()), "speaker.request");
        return id;
    }
}
