package vn.hopso.meeting.ballot.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.CloseBallot;
import vn.hopso.voting.domain.Poll;

/**
 * Kết thúc biểu quyết: no more votes; the counters are rewritten once more in this transaction (so none keeps the
 * last vote's trace), counted by the voting rules, and the result goes out at once with the ballot.
 */
@Component
class CloseBallotHandler implements CommandHandler<CloseBallot> {

    private final Ballots ballots;

    CloseBallotHandler(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Class<CloseBallot> handles() {
        return CloseBallot.class;
    }

    @Override
    public UUID handle(CloseBallot command, CommandContext context) {
        Poll poll = ballots.of(context, command.ballotId());
        Poll closed = Ballots.ruled(() -> poll.closed(context.now()));
        ballots.store().save(closed);
        ballots.store().seal(closed.id());
        ballots.announce(context, closed);
        context.audit("ballot.close", "ballot", closed.id(), Map.of("voted", ballots.store().voters(closed.id()),
                "entitled", closed.opening().electorate().present()));
        return closed.id();
    }
}
