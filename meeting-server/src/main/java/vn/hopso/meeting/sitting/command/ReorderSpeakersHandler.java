package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.SittingCommand.ReorderSpeakers;

/** The chair orders the waiting requests of an item. */
@Component
class ReorderSpeakersHandler implements CommandHandler<ReorderSpeakers> {

    private final SpeakersPublication publication;

    ReorderSpeakersHandler(SpeakersPublication publication) {
        this.publication = publication;
    }

    @Override
    public Class<ReorderSpeakers> handles() {
        return ReorderSpeakers.class;
    }

    @Override
    public UUID handle(ReorderSpeakers command, CommandContext context) {
        if (context.before().item(command.itemId()).isEmpty()) {
            throw Refusal.conflict("item_not_in_sitting", "Nội dung không thuộc phiên họp này.").exception();
        }
        publication.publish(context, publication.queue(context).reorder(command.itemId(), command.requestIds()),
                "speaker.reorder");
        return command.itemId();
    }
}
