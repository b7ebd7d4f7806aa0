package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.RollCallRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.StartRollCall;

/** The host calls the roll of the sites; one roll call is open at a time. */
@Component
class StartRollCallHandler implements CommandHandler<StartRollCall> {

    private final RollCallPublication publication;

    StartRollCallHandler(RollCallPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<StartRollCall> handles() {
        return StartRollCall.class;
    }

    @Override
    public UUID handle(StartRollCall command, CommandContext context) {
        RollCallRules.requireNoneOpen(context.before().sitting(),
                publication.latest(context).filter(call -> call.endedAt() == null).isPresent());
        UUID id = UUID.randomUUID();
        publication.store().start(id, context.before().sitting().id(), context.actor().accountId(), context.now());
        context.audit("rollcall.start", "sitting", context.before().sitting().id(), Map.of());
        publication.publish(context);
        return id;
    }
}
