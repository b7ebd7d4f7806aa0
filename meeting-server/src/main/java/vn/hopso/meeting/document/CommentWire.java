package vn.hopso.meeting.document;

import java.util.UUID;
import vn.hopso.documents.domain.Comment;
import vn.hopso.meeting.api.CommentState;
import vn.hopso.meeting.api.DocumentComment;

/** Between the comment rules and the published record. */
final class CommentWire {

    private CommentWire() {
    }

    static DocumentComment comment(CommentStore.Named named, UUID viewer) {
        Comment c = named.comment();
        return new DocumentComment(c.id(), c.documentId(), c.documentVersion(), c.passage().page(),
                c.passage().start(), c.passage().quote(), c.text(), c.visibleToAll(), c.authorId(), named.authorName(),
                c.sentAt(), CommentState.valueOf(c.state().name()), c.answer(), named.answeredByName(),
                c.answeredAt(), c.authorId().equals(viewer), c.version());
    }
}
