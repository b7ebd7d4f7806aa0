package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.ReorderAgenda;
import vn.hopso.meeting.sitting.domain.SittingRules;

@Component
class ReorderAgendaHandler implements CommandHandler<ReorderAgenda> {

    private final SittingStore sittings;

    ReorderAgendaHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<ReorderAgenda> handles() {
        return ReorderAgenda.class;
    }

    @Override
    public UUID handle(ReorderAgenda command, CommandContext context) {
        SittingRules.requireEditable(context.before().sitting());
        List<UUID> order = AgendaRules.reorder(context.before().agenda(), command.itemIds());
        sittings.savePositions(order);
        context.audit("agenda.reorder", "sitting", command.sittingId(), Map.of("order", order));
        return command.sittingId();
    }
}
