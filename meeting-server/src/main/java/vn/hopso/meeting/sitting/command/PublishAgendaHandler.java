package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.PublishAgenda;

/** Publishes every draft at once. */
@Component
class PublishAgendaHandler implements CommandHandler<PublishAgenda> {

    private final Publication publication;

    PublishAgendaHandler(Publication publication) {
        this.publication = publication;
    }

    @Override
    public Class<PublishAgenda> handles() {
        return PublishAgenda.class;
    }

    @Override
    public UUID handle(PublishAgenda command, CommandContext context) {
        publication.publish(context.before().agenda().stream().filter(item -> !item.published()).toList(), context);
        return command.sittingId();
    }
}
