package vn.hopso.meeting.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.command.Outcome;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.VotingRefusal;

/**
 * Hết giờ biểu quyết: closes every open ballot whose countdown has run out, through the command pipeline exactly as
 * the chair's close, so its votes are sealed, counted and announced the same way and it is written into the sitting's
 * log in turn. Every node sweeps, at start and every second after, so a ballot still closes on time when the node that
 * opened it has stopped or restarted. Two nodes finding the same ballot close it once: the close runs under the
 * sitting's lock with one idempotency key per ballot, and the ballot found closed already is left as it is. A ballot
 * that cannot be closed is tried again less and less often ({@link CloseRetries}).
 */
@Component
class BallotCountdown {

    private static final Logger log = LoggerFactory.getLogger(BallotCountdown.class);

    /** Who closes a ballot when its time runs out: the system, which holds no account and belongs to no council. */
    static final Actor COUNTDOWN = Actor.system("Hệ thống (hết giờ biểu quyết)");

    private final BallotStore store;
    private final CommandPipeline pipeline;
    private final Clock clock;
    private final CloseRetries retries = new CloseRetries();

    BallotCountdown(BallotStore store, CommandPipeline pipeline, Clock clock) {
        this.store = store;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT0S", fixedDelayString = "PT1S")
    void sweep() {
        closeOverdue(clock.instant());
    }

    /** Closes the ballots overdue at {@code now} (those that failed before, once their wait is over). */
    int closeOverdue(Instant now) {
        List<Poll> overdue = store.overdue(now);
        retries.keepOnly(overdue.stream().map(Poll::id).collect(Collectors.toSet()));
        int closed = 0;
        for (Poll poll : overdue) {
            if (!retries.due(poll.id(), now)) {
                continue;
            }
            Outcome outcome = pipeline.run(COUNTDOWN, new SittingCommand.CloseBallot(poll.sittingId(), poll.id()),
                    "countdown:" + poll.id());
            switch (outcome) {
                case Outcome.Applied applied -> {
                    retries.closed(poll.id());
                    closed++;
                }
                case Outcome.AlreadyApplied repeated -> retries.closed(poll.id()); // another node closed it
                case Outcome.Rejected rejected when rejected.refusal().code()
                        .equals(VotingRefusal.Code.BALLOT_NOT_OPEN.wire()) -> retries.closed(poll.id());
                case Outcome.Rejected rejected -> {
                    CloseRetries.Retry retry = retries.failed(poll.id(), now);
                    log.warn("The countdown of ballot {} ran out but it could not be closed: {} ({}); attempt {}, "
                            + "the next at {}", poll.id(), rejected.refusal().message(), rejected.refusal().code(),
                            retry.failures(), retry.next());
                }
            }
        }
        return closed;
    }
}
