package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaRules;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.StartSitting;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** Khai mạc: the sitting starts at its first published item. */
@Component
class StartSittingHandler implements CommandHandler<StartSitting> {

    private final SittingStore sittings;

    StartSittingHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<StartSitting> handles() {
        return StartSitting.class;
    }

    @Override
    public UUID handle(StartSitting command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireCanStart(sitting);
        UUID first = AgendaRules.first(context.before().agenda()).orElse(null);
        sittings.setPhase(sitting.id(), Sitting.Phase.IN_PROGRESS, first);
        context.audit("sitting.start", "sitting", sitting.id(), Map.of());
        context.notify(new Notice.OrganisationChanged(sitting.organisationId(), OrganisationList.SITTINGS));
        return sitting.id();
    }
}
