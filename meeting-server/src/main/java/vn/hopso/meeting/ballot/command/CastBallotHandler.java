package vn.hopso.meeting.ballot.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.ballot.BallotWire;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.realtime.protocol.SittingEvent.VoteRecorded;
import vn.hopso.meeting.sitting.domain.SittingCommand.CastBallot;
import vn.hopso.voting.domain.Cast;
import vn.hopso.voting.domain.CastDecision;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Elector;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.RecordedVote;

/**
 * Biểu quyết: a delegate entitled at the opening votes; a named vote may change until close where the ballot allows.
 * The voter is the caller, never a field of the command.
 *
 * <p>A secret vote takes a path that leaves its choice next to no one: the store keeps "has voted" apart from the
 * counters; the events this makes (the count of votes cast, and to the voter's own screens that their vote is
 * recorded) and the audit line carry no choice; and the command's idempotency fingerprint is taken from a text form
 * without it ({@link CastBallot#toString()}).
 */
@Component
class CastBallotHandler implements CommandHandler<CastBallot> {

    private final Ballots ballots;

    CastBallotHandler(Ballots ballots) {
        this.ballots = ballots;
    }

    @Override
    public Class<CastBallot> handles() {
        return CastBallot.class;
    }

    /** A vote changes the ballot's tables, never the sitting's row or agenda: they are not read again after it. */
    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public UUID handle(CastBallot command, CommandContext context) {
        Poll poll = ballots.votedOn(context, command.ballotId());
        Ballots.ruled(poll::requireOpen);
        Elector elector = ballots.store().elector(poll.id(), context.actor().accountId())
                .orElseThrow(() -> Ballots.refusal(Poll.notEntitled()));
        Cast cast = Ballots.ruled(() -> Counting.castOf(poll.ballot(), command.choice(), command.marks()));
        RecordedVote earlier = ballots.store().voteOf(poll, elector.membershipId()).orElse(null);
        CastDecision decision = Ballots.ruled(() -> poll.decide(cast, earlier));
        ballots.store().record(poll, elector, cast, decision, context.now());
        boolean secret = poll.ballot().secret();
        Cast shown = secret ? null : cast;
        // Every screen of the voter learns it is recorded, the second device and the retry included.
        context.emit(new VoteRecorded(poll.id(), secret, BallotWire.choiceOf(shown), BallotWire.marksOf(shown)),
                Recipients.account(context.actor().accountId()));
        if (decision instanceof CastDecision.Same) {
            return poll.id();
        }
        if (decision instanceof CastDecision.First) {
            ballots.progress(context, poll);
        }
        context.audit(decision instanceof CastDecision.Change ? "ballot.vote_change" : "ballot.vote", "ballot",
                poll.id(), secret ? Map.of("secret", true) : Map.of("secret", false, "vote", Counting.slotsOf(cast)
                        .stream().map(slot -> slot.nominee() == null ? slot.mark() : slot.nominee() + "=" + slot.mark())
                        .toList()));
        return poll.id();
    }
}
