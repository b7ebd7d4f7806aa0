package vn.hopso.meeting.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Annotation;
import vn.hopso.documents.domain.HighlightColour;
import vn.hopso.documents.domain.Passage;

/** Readers' private annotations in PostgreSQL, read always by their author. */
@Component
class AnnotationStore {

    private final JdbcClient jdbc;

    AnnotationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(Annotation annotation) {
        Passage passage = annotation.passage();
        jdbc.sql("""
                insert into document_annotations (id, document_id, document_version, page, start, quote, author_id,
                                                  colour, note, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(annotation.id(), annotation.documentId(), annotation.documentVersion(), passage.page(),
                        passage.start(), passage.quote(), annotation.authorId(), annotation.colour().name(),
                        annotation.note(), Timestamp.from(annotation.createdAt()),
                        Timestamp.from(annotation.updatedAt()), annotation.version())
                .update();
    }

    /** Writes an edit made from {@code from}; false when the annotation changed since or is gone. */
    boolean update(Annotation edited, long from) {
        return jdbc.sql("""
                update document_annotations set colour = ?, note = ?, updated_at = ?, version = ?
                 where id = ? and author_id = ? and version = ?""")
                .params(edited.colour().name(), edited.note(), Timestamp.from(edited.updatedAt()), edited.version(),
                        edited.id(), edited.authorId(), from)
                .update() == 1;
    }

    boolean delete(UUID id, UUID authorId) {
        return jdbc.sql("delete from document_annotations where id = ? and author_id = ?").params(id, authorId)
                .update() == 1;
    }

    /** The author's annotation: another reader's is as if it did not exist. */
    Optional<Annotation> find(UUID id, UUID authorId) {
        return jdbc.sql("select * from document_annotations where id = ? and author_id = ?").params(id, authorId)
                .query(AnnotationStore::row).optional();
    }

    /** The author's annotations on a document, of every version, in passage order. */
    List<Annotation> of(UUID documentId, UUID authorId) {
        return jdbc.sql("""
                select * from document_annotations where document_id = ? and author_id = ?
                 order by document_version, page, start, created_at, id""")
                .params(documentId, authorId).query(AnnotationStore::row).list();
    }

    /** Every reader's annotations on one version of a document, to carry them to the next one. */
    List<Annotation> onVersion(UUID documentId, int version) {
        return jdbc.sql("select * from document_annotations where document_id = ? and document_version = ?")
                .params(documentId, version).query(AnnotationStore::row).list();
    }

    /** The annotation now on that passage of that version; its colour, note and edits stay. */
    void move(UUID id, int version, Passage passage) {
        jdbc.sql("update document_annotations set document_version = ?, page = ?, start = ? where id = ?")
                .params(version, passage.page(), passage.start(), id).update();
    }

    int count(UUID documentId, UUID authorId) {
        return jdbc.sql("select count(*) from document_annotations where document_id = ? and author_id = ?")
                .params(documentId, authorId).query(Integer.class).single();
    }

    private static Annotation row(ResultSet rs, int n) throws SQLException {
        return new Annotation(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getInt("document_version"), new Passage(rs.getInt("page"), rs.getInt("start"), rs.getString("quote")),
                rs.getObject("author_id", UUID.class), HighlightColour.valueOf(rs.getString("colour")),
                rs.getString("note"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
