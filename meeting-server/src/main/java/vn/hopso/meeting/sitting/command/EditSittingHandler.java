package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Versions;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.EditSitting;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** The secretariat edits a sitting's details; whether it is closed is decided before it starts, and recorded. */
@Component
class EditSittingHandler implements CommandHandler<EditSitting> {

    private final SittingStore sittings;

    EditSittingHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<EditSitting> handles() {
        return EditSitting.class;
    }

    @Override
    public UUID handle(EditSitting command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        Versions.require(sitting.version(), command.expectedVersion());
        SittingRules.requireValidTimes(command.details());
        SittingRules.requireClosedFlagMayChange(sitting, command.details().closed());
        sittings.update(sitting.id(), command.details());
        context.audit("sitting.update", "sitting", sitting.id(),
                Map.of("title", command.details().title(), "closed", command.details().closed()));
        context.notify(new Notice.OrganisationChanged(sitting.organisationId(), OrganisationList.SITTINGS));
        if (sitting.closed() != command.details().closed()) {
            context.audit(command.details().closed() ? "sitting.make_closed" : "sitting.make_public", "sitting",
                    sitting.id(), Map.of("title", sitting.title()));
            context.notify(new Notice.SittingAccessChanged(sitting.id()));
        }
        return sitting.id();
    }
}
