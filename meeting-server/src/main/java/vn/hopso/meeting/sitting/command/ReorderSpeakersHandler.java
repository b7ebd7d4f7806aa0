package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.ReorderSpeakers;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;

/** The chair orders the waiting requests of an item. */
@Component
class ReorderSpeakersHandler implements CommandHandler<ReorderSpeakers> {

    private final SpeakersPublication publication;

    ReorderSpeakersHandler(SpeakersPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<ReorderSpeakers> handles() {
        return ReorderSpeakers.class;
    }

    @Override
    public UUID handle(ReorderSpeakers command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        SittingRules.requireItemOf(context.before(), command.itemId());
        publication.publish(context, queue, queue.reorder(command.itemId(), command.requestIds()),
                "speaker.reorder");
        return command.itemId();
    }
}
