package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.GiveFloor;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;

/** The chair gives the floor (a point of order or a reply may interrupt: the speech on the floor pauses). */
@Component
class GiveFloorHandler implements CommandHandler<GiveFloor> {

    private final SpeakersPublication publication;

    GiveFloorHandler(SpeakersPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<GiveFloor> handles() {
        return GiveFloor.class;
    }

    @Override
    public UUID handle(GiveFloor command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        publication.publish(context, queue, queue.giveFloor(context.before().sitting(),
                command.requestId(), command.limit(), context.now()), "floor.give");
        return command.requestId();
    }
}
