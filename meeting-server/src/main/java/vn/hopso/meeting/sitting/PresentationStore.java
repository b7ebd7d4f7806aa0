package vn.hopso.meeting.sitting;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Presentation;

/**
 * The page each sitting presents now (trình chiếu), with the readers of its document: a snapshot shows it whole to
 * them and only that one is on to everyone else, as the live events did.
 */
@Component
public class PresentationStore {

    /** The sitting's presentation as its readers see it, and who they are. */
    public record Current(Presentation presentation, Recipients readers) {
    }

    private final JdbcClient jdbc;

    PresentationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Current> current(UUID sittingId) {
        return jdbc.sql("""
                        select document_id, title, page, pages, version, hall, shown_at, recipients
                          from sitting_presentations where sitting_id = ?""")
                .param(sittingId)
                .query((rs, n) -> new Current(new Presentation(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant()),
                        Recipients.decode(rs.getString(8))))
                .optional();
    }

    /** The sittings presenting the document now: one of a sitting's, or any of a session's (whole session). */
    public List<UUID> presenting(UUID documentId) {
        return jdbc.sql("select sitting_id from sitting_presentations where document_id = ? order by sitting_id")
                .param(documentId).query(UUID.class).list();
    }

    /** What this viewer is shown of the sitting's presentation: the page if they may read it, else that one is on. */
    public Optional<Presentation> seenBy(UUID sittingId, Viewer viewer) {
        return current(sittingId).map(current -> current.readers().admits(viewer) ? current.presentation()
                : hidden(current.presentation()));
    }

    /** The presentation as told to those who may not read its document. */
    public static Presentation hidden(Presentation presentation) {
        return new Presentation(null, null, null, null, null, false, presentation.since());
    }

    public void show(UUID sittingId, Presentation presentation, Recipients readers, UUID shownBy) {
        jdbc.sql("""
                        insert into sitting_presentations (sitting_id, document_id, title, page, pages, version, hall,
                            recipients, shown_at, shown_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (sitting_id) do update set document_id = excluded.document_id,
                            title = excluded.title, page = excluded.page, pages = excluded.pages,
                            version = excluded.version, hall = excluded.hall, recipients = excluded.recipients,
                            shown_at = excluded.shown_at, shown_by = excluded.shown_by""")
                .params(sittingId, presentation.documentId(), presentation.title(), presentation.page(),
                        presentation.pages(), presentation.version(), presentation.hall(), readers.encode(),
                        Timestamp.from(presentation.since()), shownBy)
                .update();
    }

    /** @return whether a presentation was on, and has ended */
    public boolean end(UUID sittingId) {
        return jdbc.sql("delete from sitting_presentations where sitting_id = ?").param(sittingId).update() > 0;
    }
}
