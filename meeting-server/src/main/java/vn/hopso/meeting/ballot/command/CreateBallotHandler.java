package vn.hopso.meeting.ballot.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.SittingCommand.CreateBallot;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.voting.domain.Ballot;
import vn.hopso.voting.domain.Poll;

/** Chuẩn bị phiếu biểu quyết: a draft on an item of the sitting, before it or during it. */
@Component
class CreateBallotHandler implements CommandHandler<CreateBallot> {

    private final Ballots ballots;

    CreateBallotHandler(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Class<CreateBallot> handles() {
        return CreateBallot.class;
    }

    @Override
    public UUID handle(CreateBallot command, CommandContext context) {
        SittingRules.requireNotEnded(context.before().sitting(), "Phiên họp đã bế mạc: không thể chuẩn bị phiếu biểu quyết.");
        AgendaItem item = SittingRules.requireItemOf(context.before(), command.itemId());
        String title = command.title().strip();
        if (title.isEmpty() || title.length() > Poll.MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid("title", "Tên phiếu biểu quyết có từ 1 đến " + Poll.MAX_TITLE + " ký tự.").exception();
        }
        if (command.rerunOf() != null) {
            Poll annulled = ballots.of(context, command.rerunOf());
            Ballots.ruled(() -> annulled.requireRerunnableAs(item.id()));
        }
        Ballot ballot = Ballots.ruled(() -> command.draft().toBallot(UUID::randomUUID));
        if (ballot.secret() && command.changeAllowed()) {
            throw Refusal.invalid("changeAllowed", "Phiếu kín không cho phép thay đổi lựa chọn đã bỏ.").exception();
        }
        Poll poll = Poll.draft(UUID.randomUUID(), context.before().sitting().id(), item.id(), title, ballot,
                command.labels(), command.changeAllowed(), context.now(), command.rerunOf());
        ballots.store().create(poll);
        ballots.announce(context, poll);
        context.audit("ballot.create", "ballot", poll.id(), Map.of("title", poll.title(),
                "kind", command.draft().kind().name(), "secret", ballot.secret()));
        return poll.id();
    }
}
