package vn.hopso.meeting.document;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Document;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.Presentation;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.SittingEvent.PresentationChanged;
import vn.hopso.meeting.sitting.PresentationStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.PresentDocument;
import vn.hopso.meeting.sitting.domain.SittingRules;

/**
 * Trình chiếu: shows a page of a released document of the sitting, or moves the presentation to it. Its readers are
 * told the document and the page; when it is not everyone's, everyone is first told only that a presentation is on.
 */
@Component
class PresentDocumentHandler implements CommandHandler<PresentDocument> {

    private final DocumentStore documents;
    private final PresentationStore presentations;

    PresentDocumentHandler(DocumentStore documents, PresentationStore presentations) {
        this.documents = documents;
        this.presentations = presentations;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<PresentDocument> handles() {
        return PresentDocument.class;
    }

    @Override
    public UUID handle(PresentDocument command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireNotEnded(sitting, "Phiên họp đã bế mạc.");
        StoredDocument stored = documents.find(command.documentId())
                .filter(found -> found.document().sittingId().equals(sitting.id()))
                .orElseThrow(() -> Refusal.conflict("document_not_in_sitting",
                        "Tài liệu này không thuộc phiên họp.").exception());
        Document document = stored.document();
        if (document.withdrawn()) {
            throw Refusal.conflict("document_withdrawn", "Tài liệu đã được thu hồi, không thể trình chiếu.").exception();
        }
        if (!document.releasedAt(context.now())) {
            throw Refusal.conflict("document_not_released",
                    "Tài liệu chưa được phát hành, chưa thể trình chiếu.").exception();
        }
        int pages = stored.current().pages();
        if (command.page() < 1 || command.page() > pages) {
            throw Refusal.conflict("page_out_of_range", "Tài liệu chỉ có " + pages + " trang.").exception();
        }
        Recipients readers = PresentationReaders.of(document, context.before(),
                documents.rolesOf(stored.organisationId(), document.namedReaders()));
        Optional<PresentationStore.Current> before = presentations.current(sitting.id());
        boolean sameDocument = before.filter(current -> document.id().equals(current.presentation().documentId()))
                .isPresent();
        Instant since = sameDocument ? before.get().presentation().since() : context.now();
        boolean everyone = PresentationReaders.everyone(readers);
        Presentation presentation = new Presentation(document.id(), document.title(), command.page(), pages, everyone,
                since);
        presentations.show(sitting.id(), presentation, readers, context.actor().accountId());
        if (!everyone && !sameDocument) {
            context.emit(new PresentationChanged(PresentationStore.hidden(presentation)), Recipients.everyone());
        }
        context.emit(new PresentationChanged(presentation), readers);
        context.audit("document.present", "document", document.id(), Map.of("page", command.page()));
        return document.id();
    }
}
