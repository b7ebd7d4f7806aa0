package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.PublishItem;

@Component
class PublishItemHandler implements CommandHandler<PublishItem> {

    private final Publication publication;

    PublishItemHandler(Publication publication) {
        this.publication = publication;
    }

    @Override
    public Class<PublishItem> handles() {
        return PublishItem.class;
    }

    @Override
    public UUID handle(PublishItem command, CommandContext context) {
        publication.publish(List.of(context.before().item(command.itemId()).orElseThrow()), context);
        return command.itemId();
    }
}
