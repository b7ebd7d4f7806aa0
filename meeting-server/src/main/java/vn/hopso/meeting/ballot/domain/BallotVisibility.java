package vn.hopso.meeting.ballot.domain;

import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.Visibility;
import vn.hopso.voting.domain.Poll;

/**
 * Who sees a ballot and what of it. A draft is known to those who prepare and run the sitting only; once put to the
 * vote it is shown to everyone who sees its item (a closed item's to members only), its result too. How many have
 * voted so far goes to the staff and the ballot committee, never further; what anyone chose, to no one but the voter,
 * and on a secret ballot not even to them once it is recorded. The snapshot and the events apply the same rule.
 */
public final class BallotVisibility {

    private BallotVisibility() {
    }

    public static boolean sees(Clearance clearance, Poll poll, AgendaItem item, Sitting sitting) {
        return (poll.putToVote() || clearance == Clearance.STAFF) && Visibility.sees(clearance, item, sitting);
    }

    /** Who receives the ballot as it now stands. */
    public static Recipients recipients(Poll poll, AgendaItem item) {
        if (!poll.putToVote()) {
            return Recipients.staff();
        }
        return item.closed() ? Recipients.members() : Recipients.everyone();
    }

    /** Who follows the count of votes cast out of those entitled while a ballot is open. */
    public static Recipients progress() {
        return Recipients.staff().and(Recipients.holders(Role.BALLOT_COMMITTEE));
    }

    public static boolean seesProgress(Viewer viewer) {
        return progress().admits(viewer);
    }
}
