package vn.hopso.meeting.document;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.SittingEvent.PresentationChanged;
import vn.hopso.meeting.sitting.PresentationStore;
import vn.hopso.meeting.sitting.domain.SittingCommand.StopPresenting;

/** Dừng trình chiếu: every screen is told no page is presented any more. */
@Component
class StopPresentingHandler implements CommandHandler<StopPresenting> {

    private final PresentationStore presentations;

    StopPresentingHandler(PresentationStore presentations) {
        this.presentations = presentations;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<StopPresenting> handles() {
        return StopPresenting.class;
    }

    @Override
    public UUID handle(StopPresenting command, CommandContext context) {
        UUID sittingId = context.before().sitting().id();
        if (!presentations.end(sittingId)) {
            throw Refusal.conflict("no_presentation", "Không có trang nào đang được trình chiếu.").exception();
        }
        context.emit(new PresentationChanged(null), Recipients.everyone());
        context.audit("document.present_stop", "sitting", sittingId, Map.of());
        return null;
    }
}
