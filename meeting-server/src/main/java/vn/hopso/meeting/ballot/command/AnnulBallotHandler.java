package vn.hopso.meeting.ballot.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.AnnulBallot;
import vn.hopso.voting.domain.Poll;

/** Hủy phiếu biểu quyết: with the reason on record; what was recorded stays, and decides nothing. */
@Component
class AnnulBallotHandler implements CommandHandler<AnnulBallot> {

    private final Ballots ballots;

    AnnulBallotHandler(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Class<AnnulBallot> handles() {
        return AnnulBallot.class;
    }

    @Override
    public UUID handle(AnnulBallot command, CommandContext context) {
        Poll poll = ballots.of(context, command.ballotId());
        Poll annulled = Ballots.ruled(() -> poll.annulled(context.now(), command.reason()));
        ballots.store().save(annulled);
        ballots.announce(context, annulled);
        context.audit("ballot.annul", "ballot", annulled.id(), Map.of("title", annulled.title(),
                "reason", annulled.annulment().reason()));
        return annulled.id();
    }
}
