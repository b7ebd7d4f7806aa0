package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.SittingCommand.RemoveItem;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** Only a draft may be removed: a published item is on the record of the sitting. */
@Component
class RemoveItemHandler implements CommandHandler<RemoveItem> {

    private final SittingStore sittings;

    RemoveItemHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<RemoveItem> handles() {
        return RemoveItem.class;
    }

    @Override
    public UUID handle(RemoveItem command, CommandContext context) {
        SittingRules.requireEditable(context.before().sitting());
        AgendaItem item = context.before().item(command.itemId()).orElseThrow();
        SittingRules.requireDraft(item, Refusal.conflict("item_published", "Chỉ xóa được nội dung chưa công bố."));
        sittings.deleteItem(item.id());
        context.audit("agenda.delete", "agenda_item", item.id(), Map.of("title", item.title()));
        return item.id();
    }
}
