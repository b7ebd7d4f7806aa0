package vn.hopso.meeting.document;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Document;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.SittingEvent.CommentsChanged;
import vn.hopso.meeting.sitting.domain.SittingCommand.AnnounceComment;

/**
 * A comment on a document the sitting lists was sent or answered: one line in its log for those who see the comment
 * (the staff, its author, and the delegates who may read the document when it is visible to all), whose lists of
 * comments read themselves again, a screen that was offline included ({@code commentsSeq}).
 */
@Component
class AnnounceCommentHandler implements CommandHandler<AnnounceComment> {

    private final DocumentStore documents;

    AnnounceCommentHandler(DocumentStore documents) {
        this.documents = documents;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<AnnounceComment> handles() {
        return AnnounceComment.class;
    }

    @Override
    public @Nullable UUID handle(AnnounceComment command, CommandContext context) {
        Recipients recipients = Recipients.staff().and(Recipients.account(command.authorId()));
        if (command.visibleToAll()) {
            StoredDocument stored = documents.find(command.documentId())
                    .orElseThrow(() -> Refusal.notFound("tài liệu").exception());
            Document document = stored.document();
            recipients = recipients.and(PresentationReaders.delegates(document, context.before(),
                    documents.rolesOf(stored.organisationId(), document.namedReaders())));
        }
        context.emit(new CommentsChanged(), recipients);
        return null;
    }
}
