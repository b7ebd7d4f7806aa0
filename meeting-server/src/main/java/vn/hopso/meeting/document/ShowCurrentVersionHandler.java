package vn.hopso.meeting.document;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.PresentationStore;
import vn.hopso.meeting.sitting.domain.SittingCommand.ShowCurrentVersion;

/**
 * After a document is replaced by a new version: a presentation of it moves to the new version in the sitting's turn,
 * so that the hall display and those who follow see the new text, at the same page or at the new last page when the
 * new version is shorter. Nothing happens when it is not presented.
 */
@Component
class ShowCurrentVersionHandler implements CommandHandler<ShowCurrentVersion> {

    private final DocumentStore documents;
    private final PresentedPages pages;

    ShowCurrentVersionHandler(DocumentStore documents, PresentedPages pages) {
        this.documents = documents;
        this.pages = pages;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<ShowCurrentVersion> handles() {
        return ShowCurrentVersion.class;
    }

    @Override
    public UUID handle(ShowCurrentVersion command, CommandContext context) {
        UUID sittingId = context.before().sitting().id();
        StoredDocument stored = documents.findInSitting(command.documentId(), sittingId)
                .orElseThrow(() -> Refusal.notFound("tài liệu").exception());
        pages.of(sittingId, command.documentId()).map(PresentationStore.Current::presentation).ifPresent(shown -> {
            int page = shown.page() == null ? 1 : Math.min(shown.page(), stored.current().pages());
            pages.show(stored, page, context, false);
        });
        return command.documentId();
    }
}
