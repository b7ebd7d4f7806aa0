package vn.hopso.meeting.ballot.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.PublishBallot;
import vn.hopso.voting.domain.Poll;

/** Công bố kết quả: the chair announces the counted result as final. */
@Component
class PublishBallotHandler implements CommandHandler<PublishBallot> {

    private final Ballots ballots;

    PublishBallotHandler(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Class<PublishBallot> handles() {
        return PublishBallot.class;
    }

    @Override
    public UUID handle(PublishBallot command, CommandContext context) {
        Poll poll = ballots.of(context, command.ballotId());
        Poll published = Ballots.ruled(() -> poll.published(context.now()));
        ballots.store().save(published);
        ballots.announce(context, published);
        context.audit("ballot.publish", "ballot", published.id(), Map.of("title", published.title()));
        return published.id();
    }
}
