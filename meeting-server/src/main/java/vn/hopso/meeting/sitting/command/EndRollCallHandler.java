package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.RollCall;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.EndRollCall;

/** The host closes the roll call; the answers stand for the minutes. */
@Component
class EndRollCallHandler implements CommandHandler<EndRollCall> {

    private final RollCallPublication publication;

    EndRollCallHandler(RollCallPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<EndRollCall> handles() {
        return EndRollCall.class;
    }

    @Override
    public UUID handle(EndRollCall command, CommandContext context) {
        RollCall call = publication.open(context);
        publication.store().end(call.id(), context.now());
        long answered = call.sites().stream().filter(site -> site.answeredAt() != null).count();
        context.audit("rollcall.end", "sitting", context.before().sitting().id(),
                Map.of("answered", answered, "sites", call.sites().size()));
        publication.publish(context);
        return call.id();
    }
}
