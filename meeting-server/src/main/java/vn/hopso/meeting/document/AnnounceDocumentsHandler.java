package vn.hopso.meeting.document;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.realtime.protocol.SittingEvent.DocumentsChanged;
import vn.hopso.meeting.sitting.domain.SittingCommand.AnnounceDocuments;

/**
 * The sitting's documents changed: one line in its log, so that every shelf and list of them reads them again, a
 * screen that was offline included (it gets the line on resuming, or a snapshot whose {@code documentsSeq} moved).
 */
@Component
class AnnounceDocumentsHandler implements CommandHandler<AnnounceDocuments> {

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<AnnounceDocuments> handles() {
        return AnnounceDocuments.class;
    }

    @Override
    public @Nullable UUID handle(AnnounceDocuments command, CommandContext context) {
        context.emit(new DocumentsChanged(), Recipients.everyone());
        return null;
    }
}
