package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaRules;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.AddItem;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** A new draft at the end of the agenda; one added after publication is marked as added late (bổ sung). */
@Component
class AddItemHandler implements CommandHandler<AddItem> {

    private final SittingStore sittings;

    AddItemHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<AddItem> handles() {
        return AddItem.class;
    }

    @Override
    public UUID handle(AddItem command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireEditable(sitting);
        UUID id = UUID.randomUUID();
        sittings.insertItem(id, sitting.id(), AgendaRules.endPosition(context.before().agenda()), command.details(),
                sitting.agendaPublishedAt() != null);
        context.audit("agenda.add", "agenda_item", id, Map.of("title", command.details().title()));
        return id;
    }
}
