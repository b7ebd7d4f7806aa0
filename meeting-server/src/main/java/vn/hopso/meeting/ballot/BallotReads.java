package vn.hopso.meeting.ballot;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Ballot;
import vn.hopso.meeting.api.BallotProgress;
import vn.hopso.meeting.api.BallotVerification;
import vn.hopso.meeting.api.OwnVote;
import vn.hopso.meeting.ballot.domain.BallotVisibility;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.PaperCount;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;
import vn.hopso.voting.domain.RecordedVote;
import vn.hopso.voting.domain.Verification;
import vn.hopso.voting.domain.VoteResult;

/** A sitting's ballots as one viewer may see them, for the snapshot a live screen starts from. */
@Component
public class BallotReads {

    /**
     * The ballots the viewer sees, how many voted on those open (staff and ballot committee), the viewer's votes, and
     * the ballots the viewer may vote on.
     */
    public record Parts(List<Ballot> ballots, List<BallotProgress> progress, List<OwnVote> ownVotes,
            List<java.util.UUID> entitled) {
    }

    private final BallotStore store;

    BallotReads(BallotStore store) {
        this.store = store;
    }

    public Parts of(Viewer viewer, SittingSnapshot snapshot) {
        List<Poll> seen = visible(viewer, snapshot);
        List<BallotProgress> progress = !BallotVisibility.seesProgress(viewer) ? List.of()
                : seen.stream().filter(poll -> poll.state() == PollState.OPEN)
                        .map(poll -> new BallotProgress(poll.id(), store.voters(poll.id()),
                                poll.opening().electorate().present()))
                        .toList();
        Map<java.util.UUID, RecordedVote> votes = store.votesOf(viewer.accountId(), seen);
        java.util.Set<java.util.UUID> entitled = store.entitledOn(viewer.accountId(), seen);
        return new Parts(seen.stream().map(this::wire).toList(), progress,
                seen.stream().filter(poll -> votes.containsKey(poll.id()))
                        .map(poll -> BallotWire.ownVote(poll, votes.get(poll.id()))).toList(),
                seen.stream().map(Poll::id).filter(entitled::contains).toList());
    }

    /** The verifier's findings for every ballot of the sitting the viewer sees. */
    public List<BallotVerification> verifications(Viewer viewer, SittingSnapshot snapshot) {
        return visible(viewer, snapshot).stream().map(poll -> verification(store, poll)).toList();
    }

    /** What the verifier finds for one ballot. */
    static BallotVerification verification(BallotStore store, Poll poll) {
        Verification found = store.verify(poll);
        return new BallotVerification(poll.id(), poll.title(), found.entries(), found.headHash(), found.intact(),
                found.problems());
    }

    private List<Poll> visible(Viewer viewer, SittingSnapshot snapshot) {
        return store.ofSitting(snapshot.sitting().id()).stream()
                .filter(poll -> snapshot.item(poll.itemId())
                        .map(item -> BallotVisibility.sees(viewer.clearance(), poll, item, snapshot.sitting()))
                        .orElse(false))
                .toList();
    }

    /**
     * The ballot as the published records show it, with its result once counted: the electronic votes and the ballot
     * committee's paper count together, and each of the two tallies.
     *
     * @throws vn.hopso.voting.domain.VotingRefused when the stored tallies do not add up
     */
    public Ballot wire(Poll poll) {
        if (!poll.counted()) {
            return BallotWire.ballot(poll, null);
        }
        Counting.Counted electronic = store.counted(poll);
        PaperCount.Entered paper = store.paperCount(poll.id()).orElse(null);
        return BallotWire.ballot(poll, result(poll, electronic, paper), BallotWire.tallies(poll, electronic, paper));
    }

    /**
     * The result of a counted ballot, from the electronic votes and the paper count that stands.
     *
     * @throws vn.hopso.voting.domain.VotingRefused when the stored tallies do not add up
     */
    public VoteResult result(Poll poll) {
        return result(poll, store.counted(poll), store.paperCount(poll.id()).orElse(null));
    }

    private static VoteResult result(Poll poll, Counting.Counted electronic, PaperCount.@Nullable Entered paper) {
        return Counting.result(poll.ballot(), poll.opening().electorate(), electronic,
                paper == null ? null : paper.count());
    }
}
