package vn.hopso.meeting.ballot.sheet;

import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Ballot;
import vn.hopso.meeting.ballot.BallotReads;
import vn.hopso.meeting.ballot.domain.BallotVisibility;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.domain.Refused;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.sitting.SessionStore;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;
import vn.hopso.voting.domain.VotingRefused;

/**
 * The counted ballot a result sheet or an export is made of, for those who prepare or conduct ballots (the sheet also
 * for the ballot committee). A ballot the
 * caller may not see answers as one that does not exist; one they see but may not take the results of, forbidden; one
 * whose votes are not counted (a draft, an open ballot, an annulled one) is refused with its reason.
 */
@Component
class CountedBallots {

    /** Where the council sits: the times on a sheet are the hall's. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The ballot with its result as screens show it, its votes as stored, and the names it sits under. */
    record Counted(Poll poll, Ballot ballot, ResultSheet.Place place) {
    }

    private final BallotStore store;
    private final BallotReads reads;
    private final SittingStore sittings;
    private final SessionStore sessions;
    private final OrganisationStore organisations;

    CountedBallots(BallotStore store, BallotReads reads, SittingStore sittings, SessionStore sessions,
            OrganisationStore organisations) {
        this.store = store;
        this.reads = reads;
        this.sittings = sittings;
        this.sessions = sessions;
        this.organisations = organisations;
    }

    /**
     * @param sheetOnly whether the caller asks for the result sheet alone: the ballot committee, who count and sign
     *     the biên bản kiểm phiếu, take that too, not the named results
     */
    Counted find(Actor actor, UUID ballotId, boolean sheetOnly) {
        Poll poll = store.find(ballotId).orElseThrow(CountedBallots::notFound);
        SittingSnapshot snapshot = sittings.snapshot(poll.sittingId()).orElseThrow(CountedBallots::notFound);
        UUID organisationId = snapshot.sitting().organisationId();
        Viewer viewer = actor.viewerIn(organisationId).orElseThrow(CountedBallots::notFound);
        AgendaItem item = snapshot.item(poll.itemId())
                .filter(found -> BallotVisibility.sees(viewer.clearance(), poll, found, snapshot.sitting()))
                .orElseThrow(CountedBallots::notFound);
        if (!actor.may(Permission.PREPARE_BALLOTS, organisationId)
                && !actor.may(Permission.CONDUCT_BALLOTS, organisationId)
                && !(sheetOnly && actor.may(Permission.COUNT_PAPER_BALLOTS, organisationId))) {
            throw Refusal.forbidden().exception();
        }
        if (poll.state() == PollState.ANNULLED) {
            throw Refusal.conflict("ballot_annulled", "Phiếu biểu quyết này đã bị hủy: không có kết quả để lập biên bản.")
                    .exception();
        }
        if (!poll.counted()) {
            throw Refusal.conflict("result_not_ready",
                    "Phiếu chưa kết thúc biểu quyết: chỉ có kết quả sau khi chủ tọa kết thúc biểu quyết.").exception();
        }
        ResultSheet.Place place = new ResultSheet.Place(
                organisations.find(organisationId).orElseThrow().name(),
                sessions.find(snapshot.sitting().sessionId()).orElseThrow().name(), snapshot.sitting().title(),
                item.title(), VIETNAM);
        return new Counted(poll, counted(poll), place);
    }

    /** The ballot with its result; votes that do not add up are refused as the rules name them, never a failure. */
    private Ballot counted(Poll poll) {
        try {
            return reads.wire(poll);
        } catch (VotingRefused refused) {
            throw Refusal.conflict(refused.refusal().code().wire(), refused.refusal().message()).exception();
        }
    }

    private static Refused notFound() {
        return Refusal.notFound("phiếu biểu quyết").exception();
    }
}
