package vn.hopso.meeting.ballot.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.SittingCommand.EnterPaperCount;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Discrepancy;
import vn.hopso.voting.domain.PaperCount;
import vn.hopso.voting.domain.Poll;

/**
 * Nhập kết quả kiểm phiếu giấy: the ballot committee's count of the paper ballots, held with the electronic votes
 * against the voting rules. What does not add up is refused with the first discrepancy's code and every discrepancy's
 * message, naming the figures, and nothing changes. Accepted, it replaces the count before it (which stays on record)
 * and the result, counted again from both, goes out with the ballot. The same figures sent again change nothing.
 */
@Component
class EnterPaperCountHandler implements CommandHandler<EnterPaperCount> {

    private final Ballots ballots;

    EnterPaperCountHandler(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Class<EnterPaperCount> handles() {
        return EnterPaperCount.class;
    }

    @Override
    public UUID handle(EnterPaperCount command, CommandContext context) {
        Poll poll = ballots.of(context, command.ballotId());
        Ballots.ruled(poll::requireCountableOnPaper);
        PaperCount count = command.count();
        PaperCount.Entered standing = ballots.store().paperCount(poll.id()).orElse(null);
        if (standing != null && standing.count().equals(count)) {
            return poll.id();
        }
        List<Discrepancy> found = Counting.discrepancies(poll.ballot(), poll.opening().electorate(),
                ballots.store().counted(poll), count);
        if (!found.isEmpty()) {
            throw Refusal.conflict(found.getFirst().code().code(), found.stream().map(Discrepancy::message)
                    .collect(Collectors.joining(" "))).exception();
        }
        ballots.store().recordPaperCount(poll, count, context.actor().accountId(), context.now());
        ballots.announce(context, poll);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("issued", count.issued());
        details.put("returned", count.returned());
        details.put("valid", count.valid());
        details.put("invalid", count.invalid());
        details.put("corrects", standing == null ? 0 : standing.entry());
        context.audit("ballot.paper_count", "ballot", poll.id(), details);
        return poll.id();
    }
}
