package vn.hopso.meeting.document;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.SittingCommand.WithdrawDocument;

/**
 * Thu hồi: readers no longer see the document. Run in the sitting's turn, so that a presentation of it ends with it
 * in the sitting's log, and no screen is left showing a page nobody may open.
 */
@Component
class WithdrawDocumentHandler implements CommandHandler<WithdrawDocument> {

    private final DocumentStore documents;
    private final PresentedPages pages;

    WithdrawDocumentHandler(DocumentStore documents, PresentedPages pages) {
        this.documents = documents;
        this.pages = pages;
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
        StoredDocument stored = documents.findInSitting(command.documentId(), sittingId)
                .orElseThrow(() -> Refusal.notFound("tài liệu").exception());
        documents.update(stored.document().withdraw(context.now()), context.now());
        if (pages.of(sittingId, command.documentId()).isPresent()) {
            pages.end(context);
        }
        context.audit("document.withdraw", "document", command.documentId(), Map.of());
        return command.documentId();
    }
}
