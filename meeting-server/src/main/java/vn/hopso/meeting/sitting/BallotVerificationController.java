package vn.hopso.meeting.sitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.BallotVerification;
import vn.hopso.meeting.ballot.BallotReads;
import vn.hopso.meeting.domain.Refusal;

/**
 * Anyone who may follow a sitting may verify its ballots: each chain of records is recomputed and the tables held
 * against it. An open ballot's counters are not looked at, since nobody is to know them before the close.
 */
@Tag(name = "Sittings")
@RestController
@RequestMapping("/api")
class BallotVerificationController {

    private final SittingReads reads;
    private final SittingStore sittings;
    private final BallotReads ballots;

    BallotVerificationController(SittingReads reads, SittingStore sittings, BallotReads ballots) {
        this.reads = reads;
        this.sittings = sittings;
        this.ballots = ballots;
    }

    @Operation(operationId = "verifyBallots", summary = "Verify the chain of records of the sitting's ballots")
    @GetMapping("/sittings/{id}/ballots/verification")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<BallotVerification> verify(Actor actor, @PathVariable UUID id) {
        var snapshot = sittings.snapshot(id).orElseThrow(() -> Refusal.notFound("phiên họp").exception());
        reads.shown(actor, snapshot);
        return ballots.verifications(actor.viewerIn(snapshot.sitting().organisationId()).orElseThrow(), snapshot);
    }
}
