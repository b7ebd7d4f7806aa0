package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.SittingCommand.EditItem;
import vn.hopso.meeting.domain.Versions;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** The secretariat edits an item made from the version it last saw. */
@Component
class EditItemHandler implements CommandHandler<EditItem> {

    private final SittingStore sittings;

    EditItemHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<EditItem> handles() {
        return EditItem.class;
    }

    @Override
    public UUID handle(EditItem command, CommandContext context) {
        SittingRules.requireEditable(context.before().sitting());
        AgendaItem item = context.before().item(command.itemId()).orElseThrow();
        Versions.require(item.version(), command.expectedVersion());
        SittingRules.requireItemClosedFlagMayChange(item, command.details().closed());
        sittings.updateItem(item.id(), command.details());
        context.audit("agenda.update", "agenda_item", item.id(), Map.of("title", command.details().title()));
        return item.id();
    }
}
