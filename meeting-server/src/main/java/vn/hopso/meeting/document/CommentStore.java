package vn.hopso.meeting.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Comment;
import vn.hopso.documents.domain.CommentState;
import vn.hopso.documents.domain.Passage;

/** Comments on documents (góp ý), with the names of their authors and answerers, in PostgreSQL. */
@Component
class CommentStore {

    /** A comment with the names the screens and the report show. */
    record Named(Comment comment, String authorName, @Nullable String answeredByName) {
    }

    private static final String SELECT = """
            select c.*, author.full_name as author_name, answerer.full_name as answered_by_name
              from document_comments c
              join accounts aa on aa.id = c.author_id join persons author on author.id = aa.person_id
              left join accounts ba on ba.id = c.answered_by left join persons answerer on answerer.id = ba.person_id
            """;

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The text of a page of a version, if the version has that page. */
    Optional<String> pageText(UUID documentId, int version, int page) {
        return jdbc.sql("select text from document_pages where document_id = ? and version = ? and page = ?")
                .params(documentId, version, page).query(String.class).optional();
    }

    String organisationName(UUID organisationId) {
        return jdbc.sql("select name from organisations where id = ?").param(organisationId).query(String.class)
                .single();
    }

    void create(Comment comment) {
        Passage passage = comment.passage();
        jdbc.sql("""
                insert into document_comments (id, document_id, document_version, page, start, quote, author_id, text,
                                               visible_to_all, sent_at, state, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(comment.id(), comment.documentId(), comment.documentVersion(), passage.page(),
                        passage.start(), passage.quote(), comment.authorId(), comment.text(), comment.visibleToAll(),
                        Timestamp.from(comment.sentAt()), comment.state().name(), comment.version())
                .update();
    }

    /** Writes an answer made from {@code from}; false when the comment has moved on since (someone else answered). */
    boolean answer(Comment answered, long from) {
        return jdbc.sql("""
                update document_comments set state = ?, answer = ?, answered_by = ?, answered_at = ?, version = ?
                 where id = ? and version = ?""")
                .params(answered.state().name(), answered.answer(), answered.answeredBy(),
                        Timestamp.from(answered.answeredAt()), answered.version(), answered.id(), from)
                .update() == 1;
    }

    Optional<Named> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CommentStore::row).optional();
    }

    /** A document's comments in the order of their passages, and on each passage in the order they were sent. */
    List<Named> ofDocument(UUID documentId) {
        return jdbc.sql(SELECT + " where c.document_id = ? order by c.page, c.start, c.quote, c.sent_at, c.id")
                .param(documentId).query(CommentStore::row).list();
    }

    private static Named row(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        Comment comment = new Comment(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getInt("document_version"), new Passage(rs.getInt("page"), rs.getInt("start"), rs.getString("quote")),
                rs.getObject("author_id", UUID.class), rs.getString("text"), rs.getBoolean("visible_to_all"),
                rs.getTimestamp("sent_at").toInstant(), CommentState.valueOf(rs.getString("state")),
                rs.getString("answer"), rs.getObject("answered_by", UUID.class),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getLong("version"));
        return new Named(comment, rs.getString("author_name"), rs.getString("answered_by_name"));
    }
}
