package vn.hopso.meeting.sitting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.ItemDetails;
import vn.hopso.meeting.sitting.domain.SittingCommand.SittingDetails;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;

/** Phiên họp and their agenda items, in PostgreSQL. Writes to a sitting happen inside the command pipeline's lock. */
@Component
public class SittingStore {

    private static final String SITTING = """
            select id, session_id, organisation_id, title, starts_at, ends_at, place, closed, state, current_item_id,
                   agenda_published_at, last_seq, version
            from sittings""";
    private static final String ITEM = """
            select id, sitting_id, position, title, description, presenter, estimated_minutes, closed, state, added_late,
                   version
            from agenda_items""";

    private final JdbcClient jdbc;

    SittingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Sitting> find(UUID id) {
        return jdbc.sql(SITTING + " where id = ?").param(id).query(SittingStore::mapSitting).optional();
    }

    /**
     * Locks the sitting for the rest of the transaction and reads it, with the end of its log: the one writer per
     * sitting, across every node. Empty when there is no such sitting.
     */
    public Optional<Sitting> lock(UUID id) {
        return jdbc.sql(SITTING + " where id = ? for update").param(id).query(SittingStore::mapSitting).optional();
    }

    public List<Sitting> inSession(UUID sessionId) {
        return jdbc.sql(SITTING + " where session_id = ? order by starts_at").param(sessionId)
                .query(SittingStore::mapSitting).list();
    }

    /** The sitting with its whole agenda, drafts included; read inside a transaction for a consistent pair. */
    public Optional<SittingSnapshot> snapshot(UUID id) {
        return find(id).map(this::snapshot);
    }

    /** The sitting, as just read, with its whole agenda. */
    public SittingSnapshot snapshot(Sitting sitting) {
        return new SittingSnapshot(sitting, agenda(sitting.id()));
    }

    public Sitting create(UUID sessionId, UUID organisationId, SittingDetails details) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into sittings (id, session_id, organisation_id, title, starts_at, ends_at, place, closed, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sessionId, organisationId, details.title().trim(), ts(details.startsAt()),
                        ts(details.endsAt()), details.place(), details.closed(), Sitting.Phase.PLANNED.name())
                .update();
        return find(id).orElseThrow();
    }

    public void update(UUID id, SittingDetails details) {
        jdbc.sql("""
                        update sittings set title = ?, starts_at = ?, ends_at = ?, place = ?, closed = ?,
                                            version = version + 1
                        where id = ?""")
                .params(details.title().trim(), ts(details.startsAt()), ts(details.endsAt()), details.place(),
                        details.closed(), id)
                .update();
    }

    public void setPhase(UUID id, Sitting.Phase phase, @Nullable UUID currentItemId) {
        jdbc.sql("update sittings set state = ?, current_item_id = ? where id = ?")
                .params(phase.name(), currentItemId, id).update();
    }

    public void setCurrentItem(UUID id, @Nullable UUID itemId) {
        jdbc.sql("update sittings set current_item_id = ? where id = ?").params(itemId, id).update();
    }

    public void markAgendaPublished(UUID id, Instant at) {
        jdbc.sql("update sittings set agenda_published_at = ? where id = ? and agenda_published_at is null")
                .params(ts(at), id).update();
    }

    /** Every item, drafts included, in agenda order. */
    public List<AgendaItem> agenda(UUID sittingId) {
        return jdbc.sql(ITEM + " where sitting_id = ? order by position").param(sittingId)
                .query(SittingStore::mapItem).list();
    }

    public Optional<AgendaItem> item(UUID itemId) {
        return jdbc.sql(ITEM + " where id = ?").param(itemId).query(SittingStore::mapItem).optional();
    }

    public void insertItem(UUID id, UUID sittingId, int position, ItemDetails details, boolean addedLate) {
        jdbc.sql("""
                        insert into agenda_items (id, sitting_id, position, title, description, presenter, estimated_minutes,
                                                  closed, state, added_late)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?)""")
                .params(id, sittingId, position, details.title().trim(), details.description(), details.presenter(),
                        details.estimatedMinutes(), details.closed(), addedLate)
                .update();
    }

    public void updateItem(UUID id, ItemDetails details) {
        jdbc.sql("""
                        update agenda_items set title = ?, description = ?, presenter = ?, estimated_minutes = ?, closed = ?,
                                                version = version + 1
                        where id = ?""")
                .params(details.title().trim(), details.description(), details.presenter(), details.estimatedMinutes(),
                        details.closed(), id)
                .update();
    }

    public void publishItem(UUID id, Instant at) {
        jdbc.sql("update agenda_items set state = 'PUBLISHED', published_at = ?, version = version + 1 where id = ?")
                .params(ts(at), id).update();
    }

    public void deleteItem(UUID id) {
        jdbc.sql("delete from agenda_items where id = ?").param(id).update();
    }

    /** Positions 1..n in the given order. */
    public void savePositions(List<UUID> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            jdbc.sql("update agenda_items set position = ? where id = ? and position <> ?")
                    .params(i + 1, inOrder.get(i), i + 1).update();
        }
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static Sitting mapSitting(ResultSet rs, int row) throws SQLException {
        return new Sitting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), rs.getString(7),
                rs.getBoolean(8), Sitting.Phase.valueOf(rs.getString(9)), rs.getObject(10, UUID.class),
                instant(rs.getTimestamp(11)), rs.getLong(12), rs.getLong(13));
    }

    private static AgendaItem mapItem(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Integer.class), rs.getBoolean(8),
                "PUBLISHED".equals(rs.getString(9)), rs.getBoolean(10), rs.getLong(11));
    }
}
