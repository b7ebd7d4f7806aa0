package vn.hopso.meeting.ballot.command;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.ballot.BallotReads;
import vn.hopso.meeting.ballot.domain.BallotVisibility;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.realtime.protocol.SittingEvent.BallotChanged;
import vn.hopso.meeting.realtime.protocol.SittingEvent.BallotProgressed;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.VoteResult;
import vn.hopso.voting.domain.VotingRefused;

/** What every ballot handler does: find the ballot the caller may see in the sitting, apply the rules, announce. */
@Component
class Ballots {

    private final BallotStore store;
    private final BallotReads reads;

    Ballots(BallotStore store, BallotReads reads) {
        this.store = store;
        this.reads = reads;
    }

    BallotStore store() {
        return store;
    }

    /** A ballot of the command's sitting that the caller may see; any other answers as if it did not exist. */
    Poll of(CommandContext context, UUID ballotId) {
        return seen(context, store.find(ballotId));
    }

    /**
     * As {@link #of}, for a vote: the ballot is read once for a batch of votes, which never change it (only its
     * votes and counters).
     */
    Poll votedOn(CommandContext context, UUID ballotId) {
        return seen(context, context.shared("ballot:" + ballotId, () -> store.find(ballotId)));
    }

    private Poll seen(CommandContext context, Optional<Poll> found) {
        Clearance clearance = context.actor().viewerIn(context.before().sitting().organisationId())
                .map(viewer -> viewer.clearance()).orElse(Clearance.PUBLIC);
        return found
                .filter(poll -> poll.sittingId().equals(context.before().sitting().id()))
                .filter(poll -> BallotVisibility.sees(clearance, poll, itemOf(context, poll), context.before().sitting()))
                .orElseThrow(() -> Refusal.notFound("phiếu biểu quyết").exception());
    }

    /** The result of a counted ballot, electronic and paper votes together. */
    VoteResult result(Poll poll) {
        return reads.result(poll);
    }

    AgendaItem itemOf(CommandContext context, Poll poll) {
        return context.before().item(poll.itemId()).orElseThrow();
    }

    /** The ballot as it now stands, with its result once counted, to those who may see it. */
    void announce(CommandContext context, Poll poll) {
        context.emit(new BallotChanged(ruled(() -> reads.wire(poll))),
                BallotVisibility.recipients(poll, itemOf(context, poll)));
    }

    /** How many of those entitled have voted on the open ballot: counted once after a batch of votes, not each. */
    void progress(CommandContext context, Poll poll) {
        int entitled = poll.opening().electorate().present();
        context.emitOnce("ballot.progress:" + poll.id(),
                () -> new BallotProgressed(poll.id(), store.voters(poll.id()), entitled), BallotVisibility.progress());
    }

    /** A step of the voting rules; their refusal becomes the sitting's, with its code and message. */
    static <T> T ruled(Supplier<T> step) {
        try {
            return step.get();
        } catch (VotingRefused refused) {
            throw refusal(refused);
        }
    }

    static Refused refusal(VotingRefused refused) {
        return Refusal.conflict(refused.refusal().code().wire(), refused.refusal().message()).exception();
    }

    static void ruled(Runnable step) {
        ruled(() -> {
            step.run();
            return null;
        });
    }
}
