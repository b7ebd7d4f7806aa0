package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.GoToItem;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** The chair moves to a chosen published item, from the one it believed current. */
@Component
class GoToItemHandler implements CommandHandler<GoToItem> {

    private final SittingStore sittings;

    GoToItemHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<GoToItem> handles() {
        return GoToItem.class;
    }

    @Override
    public UUID handle(GoToItem command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireCanMoveAgenda(sitting);
        AgendaItem item = SittingRules.requireItemOf(context.before(), command.itemId());
        SittingRules.requireCanBeCurrent(item);
        SittingRules.requireCurrent(sitting, command.expectedItemId());
        sittings.setCurrentItem(sitting.id(), item.id());
        return item.id();
    }
}
