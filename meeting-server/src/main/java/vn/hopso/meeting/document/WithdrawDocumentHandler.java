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
import vn.hopso.meeting.sitting.domain.SittingCommand.WithdrawDocument;

/**
 * Thu hồi: readers no longer see the document. Run in the sitting's turn, so that a presentation of it ends with it
 * in the sitting's log, and no screen is left showing a page nobody may open.
 */
@Component
class WithdrawDocumentHandler implements CommandHandler<WithdrawDocument> {

    private final DocumentStore documents;
    private final PresentationStore presentations;

    WithdrawDocumentHandler(DocumentStore documents, PresentationStore presentations) {
        this.documents = documents;
        this.presentations = presentations;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<WithdrawDocument> handles() {
        return WithdrawDocument.class;
    }

    @Override
    public UUID handle(WithdrawDocument command, CommandContext context) {
        UUID sittingId = context.before().sitting().id();
        StoredDocument stored = documents.find(command.documentId())
                .filter(found -> found.document().sittingId().equals(sittingId))
                .orElseThrow(() -> Refusal.notFound("tài liệu").exception());
        documents.update(stored.document().withdraw(context.now()));
        boolean presented = presentations.current(sittingId)
                .filter(current -> command.documentId().equals(current.presentation().documentId())).isPresent();
        if (presented && presentations.end(sittingId)) {
            context.emit(new PresentationChanged(null), Recipients.everyone());
        }
        context.audit("document.withdraw", "document", command.documentId(), Map.of());
        return command.documentId();
    }
}
