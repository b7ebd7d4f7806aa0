package vn.hopso.meeting.ballot.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.PrepareNextRound;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.voting.domain.Election;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;

/**
 * Chuẩn bị vòng bầu tiếp theo: after an announced round that tied for its last seats or elected too few, the draft of
 * the next round on the same item, linked to it; once per round (the database holds that too), unless that next
 * round was annulled: then it may be prepared again.
 */
@Component
class PrepareNextRoundHandler implements CommandHandler<PrepareNextRound> {

    private final Ballots ballots;

    PrepareNextRoundHandler(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Class<PrepareNextRound> handles() {
        return PrepareNextRound.class;
    }

    @Override
    public UUID handle(PrepareNextRound command, CommandContext context) {
        SittingRules.requireNotEnded(context.before().sitting(),
                "Phiên họp đã bế mạc: không thể chuẩn bị vòng bầu tiếp theo.");
        Poll round = ballots.of(context, command.ballotId());
        Poll next = Ballots.ruled(() -> round.nextRound(UUID.randomUUID(), context.now(), () -> ballots.result(round)));
        // An annulled next round stays on record and leaves room for another.
        if (ballots.store().ofSitting(round.sittingId()).stream()
                .anyMatch(p -> round.id().equals(p.previousRound()) && p.state() != PollState.ANNULLED)) {
            throw Ballots.refusal(Poll.nextRoundExists());
        }
        ballots.store().create(next);
        ballots.announce(context, next);
        Election election = (Election) next.ballot();
        context.audit("ballot.next_round", "ballot", next.id(), Map.of("title", next.title(),
                "round", election.round(), "seats", election.seats(), "previousRound", round.id()));
        return next.id();
    }
}
