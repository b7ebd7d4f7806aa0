package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.SittingEvent.PresentationChanged;
import vn.hopso.meeting.sitting.PresentationStore;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.EndSitting;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.PollState;

/** Bế mạc: no item is current any more, no page is presented. A ballot still open is closed (or annulled) by the chair first. */
@Component
class EndSittingHandler implements CommandHandler<EndSitting> {

    private final SittingStore sittings;
    private final BallotStore ballots;
    private final PresentationStore presentations;

    EndSittingHandler(SittingStore sittings, BallotStore ballots, PresentationStore presentations) {
        this.sittings = sittings;
        this.ballots = ballots;
        this.presentations = presentations;
    }

    @Override
    public Class<EndSitting> handles() {
        return EndSitting.class;
    }

    @Override
    public UUID handle(EndSitting command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireCanEnd(sitting);
        if (ballots.ofSitting(sitting.id()).stream().anyMatch(poll -> poll.state() == PollState.OPEN)) {
            throw Refusal.conflict("ballot_still_open",
                    "Còn phiếu biểu quyết chưa kết thúc: hãy kết thúc biểu quyết trước khi bế mạc.").exception();
        }
        sittings.setPhase(sitting.id(), Sitting.Phase.ENDED, null);
        if (presentations.end(sitting.id())) {
            context.emit(new PresentationChanged(null), Recipients.everyone());
        }
        context.audit("sitting.end", "sitting", sitting.id(), Map.of());
        context.notify(new Notice.OrganisationChanged(sitting.organisationId(), OrganisationList.SITTINGS));
        return sitting.id();
    }
}
