package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaRules;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.AdvanceAgenda;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** The chair moves on to the next published item, from the one it believed current. */
@Component
class AdvanceAgendaHandler implements CommandHandler<AdvanceAgenda> {

    private final SittingStore sittings;

    AdvanceAgendaHandler(SittingStore sittings) {
        this.sittings = sittings;
    }

    @Override
    public Class<AdvanceAgenda> handles() {
        return AdvanceAgenda.class;
    }

    @Override
    public UUID handle(AdvanceAgenda command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireCanMoveAgenda(sitting);
        SittingRules.requireCurrent(sitting, command.expectedItemId());
        UUID next = AgendaRules.next(context.before().agenda(), sitting.currentItemId())
                .orElseThrow(() -> Refusal.conflict("agenda_finished", "Đã ở nội dung cuối cùng của chương trình.")
                        .exception());
        sittings.setCurrentItem(sitting.id(), next);
        return next;
    }
}
