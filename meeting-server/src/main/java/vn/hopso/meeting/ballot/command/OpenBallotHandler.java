package vn.hopso.meeting.ballot.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.SittingEvent.VoteEntitled;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.OpenBallot;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.voting.domain.Elector;
import vn.hopso.voting.domain.Electorate;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;

/**
 * Bắt đầu biểu quyết: under the sitting's lock a presence snapshot is taken, and the delegates present in it are the
 * ones entitled to vote, counted against the total elected on the sitting's day. One ballot is open at a time.
 */
@Component
class OpenBallotHandler implements CommandHandler<OpenBallot> {

    private final Ballots ballots;
    private final AttendanceStore attendance;

    OpenBallotHandler(Ballots ballots, AttendanceStore attendance) {
        this.ballots = ballots;
        this.attendance = attendance;
    }

    @Override
    public Class<OpenBallot> handles() {
        return OpenBallot.class;
    }

    @Override
    public UUID handle(OpenBallot command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        Poll poll = ballots.of(context, command.ballotId());
        if (sitting.phase() != Sitting.Phase.IN_PROGRESS) {
            throw Refusal.conflict("sitting_not_in_progress", "Chỉ bắt đầu biểu quyết khi phiên họp đang diễn ra.")
                    .exception();
        }
        SittingRules.requireCanBeCurrent(ballots.itemOf(context, poll));
        if (ballots.store().ofSitting(sitting.id()).stream().anyMatch(other -> other.state() == PollState.OPEN)) {
            throw Refusal.conflict("ballot_open", "Đang có một phiếu biểu quyết khác chưa kết thúc.").exception();
        }
        AttendanceStore.Taken taken = attendance.takeSnapshot(sitting, context.actor().accountId(), context.now());
        if (taken.snapshot().totalElected() == 0) {
            throw Refusal.conflict("no_delegates", "Hội đồng không có đại biểu trong nhiệm kỳ vào ngày họp: không thể "
                    + "biểu quyết.").exception();
        }
        List<Elector> electors = taken.present().stream()
                .map(delegate -> new Elector(delegate.membershipId(), delegate.accountId(), delegate.fullName()))
                .toList();
        Poll open = Ballots.ruled(() -> poll.opened(context.now(), taken.snapshot().id(),
                new Electorate(taken.snapshot().totalElected(), electors.size()), command.countdown()));
        ballots.store().save(open);
        ballots.store().enrol(open, electors);
        ballots.announce(context, open);
        ballots.progress(context, open);
        if (!electors.isEmpty()) {
            context.emit(new VoteEntitled(open.id()),
                    Recipients.accounts(electors.stream().map(Elector::accountId).toList()));
        }
        Map<String, Object> details = new LinkedHashMap<>(Map.of("entitled", electors.size(),
                "totalElected", taken.snapshot().totalElected()));
        if (open.opening().closesAt() != null) {
            details.put("closesAt", open.opening().closesAt().toString());
        }
        context.audit("ballot.open", "ballot", open.id(), details);
        return open.id();
    }
}
