package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.EndSitting;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** Bế mạc: no item is current any more. */
@Component
class EndSittingHandler implements CommandHandler<EndSitting> {

    private final SittingStore sittings;

    EndSittingHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<EndSitting> handles() {
        return EndSitting.class;
    }

    @Override
    public UUID handle(EndSitting command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireCanEnd(sitting);
        sittings.setPhase(sitting.id(), Sitting.Phase.ENDED, null);
        context.audit("sitting.end", "sitting", sitting.id(), Map.of());
        context.notify(new Notice.OrganisationChanged(sitting.organisationId(), OrganisationList.SITTINGS));
        return sitting.id();
    }
}
