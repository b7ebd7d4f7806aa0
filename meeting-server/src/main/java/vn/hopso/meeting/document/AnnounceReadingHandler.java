package vn.hopso.meeting.document;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.realtime.protocol.SittingEvent.DocumentsRead;
import vn.hopso.meeting.sitting.domain.SittingCommand.AnnounceReading;

/**
 * The sitting's documents were read: one line in its log for the staff, whose lists of who has read what (and who
 * has not opened anything yet) read themselves again, a screen that was offline included ({@code readsSeq}).
 */
@Component
class AnnounceReadingHandler implements CommandHandler<AnnounceReading> {

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<AnnounceReading> handles() {
        return AnnounceReading.class;
    }

    @Override
    public @Nullable UUID handle(AnnounceReading command, CommandContext context) {
        context.emit(new DocumentsRead(), Recipients.staff());
        return null;
    }
}
