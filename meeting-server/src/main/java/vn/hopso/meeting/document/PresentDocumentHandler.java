package vn.hopso.meeting.document;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Document;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
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
    private final PresentedPages pages;

    PresentDocumentHandler(DocumentStore documents, PresentedPages pages) {
        this.documents = documents;
        this.pages = pages;
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
        StoredDocument stored = documents.findInSitting(command.documentId(), sitting.id())
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
        int count = stored.current().pages();
        if (command.page() < 1 || command.page() > count) {
            throw Refusal.conflict("page_out_of_range", "Tài liệu chỉ có " + count + " trang.").exception();
        }
        pages.show(stored, command.page(), context, false);
        context.audit("document.present", "document", document.id(), Map.of("page", command.page()));
        return document.id();
    }
}
