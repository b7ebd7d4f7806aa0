package vn.hopso.meeting.document;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Document;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.PresentationStore;
import vn.hopso.meeting.sitting.domain.SittingCommand.SetDocument;

/**
 * The secretariat sets who may read a document and when. Run in the sitting's turn, so that a presentation of it
 * reaches its readers as they now are (those no longer among them keep only that one is on), and ends if the
 * document is released later.
 */
@Component
class SetDocumentHandler implements CommandHandler<SetDocument> {

    private final DocumentStore documents;
    private final PresentedPages pages;

    SetDocumentHandler(DocumentStore documents, PresentedPages pages) {
        this.documents = documents;
        this.pages = pages;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<SetDocument> handles() {
        return SetDocument.class;
    }

    @Override
    public UUID handle(SetDocument command, CommandContext context) {
        Document after = command.settings();
        UUID sittingId = context.before().sitting().id();
        StoredDocument stored = documents.findInSitting(after.id(), sittingId)
                .orElseThrow(() -> Refusal.notFound("tài liệu").exception());
        documents.update(after, context.now());
        context.audit("document.update", "document", after.id(), Map.of("access", after.access().name(),
                "readers", after.namedReaders().size()));
        pages.of(sittingId, after.id()).map(PresentationStore.Current::presentation)
                .ifPresent(shown -> {
                    if (after.withdrawn() || !after.releasedAt(context.now())) {
                        pages.end(context);
                    } else {
                        pages.show(new StoredDocument(stored.organisationId(), after, stored.current(), stored.signatures()),
                                shown.page(), context, true);
                    }
                });
        return after.id();
    }
}
