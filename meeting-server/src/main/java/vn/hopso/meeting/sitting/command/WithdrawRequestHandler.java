package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.WithdrawRequest;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;
import vn.hopso.meeting.sitting.domain.SpeakerRequest;

/** The delegate takes back their own request while it waits. */
@Component
class WithdrawRequestHandler implements CommandHandler<WithdrawRequest> {

    private final SpeakersPublication publication;

    WithdrawRequestHandler(SpeakersPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<WithdrawRequest> handles() {
        return WithdrawRequest.class;
    }

    @Override
    public UUID handle(WithdrawRequest command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        SpeakerRequest withdrawn = queue.withdraw(command.requestId(), context.actor().accountId());
        publication.publish(context, queue, List.of(withdrawn), "speaker.withdraw");
        return withdrawn.id();
    }
}
