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
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemForm;
import vn.hopso.meeting.api.AgendaItemState;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingForm;
import vn.hopso.meeting.api.SittingState;
import vn.hopso.meeting.sitting.domain.AgendaRules;

/** Phiên họp and their agenda items. */
@Component
public class SittingStore {

    private static final String SITTING = """
            select id, session_id, organisation_id, title, starts_at, ends_at, place, closed, state, current_item_id,
                   agenda_published_at, last_seq
            from sittings""";
    private static final String ITEM = """
            select id, sitting_id, position, title, description, presenter, estimated_minutes, closed, state, added_late
            from agenda_items""";

    private final JdbcClient jdbc;

    SittingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Sitting> find(UUID id) {
        return jdbc.sql(SITTING + " where id = ?").param(id).query(SittingStore::mapSitting).optional();
    }

    public List<Sitting> inSession(UUID sessionId) {
        return jdbc.sql(SITTING + " where session_id = ? order by starts_at").param(sessionId)
                .query(SittingStore::mapSitting).list();
    }

    public Sitting create(UUID sessionId, UUID organisationId, SittingForm form) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into sittings (id, session_id, organisation_id, title, starts_at, ends_at, place, closed, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sessionId, organisationId, form.title().trim(), ts(form.startsAt()), ts(form.endsAt()),
                        form.place(), form.closed(), SittingState.PLANNED.name())
                .update();
        return find(id).orElseThrow();
    }

    public void update(UUID id, SittingForm form) {
        jdbc.sql("update sittings set title = ?, starts_at = ?, ends_at = ?, place = ?, closed = ? where id = ?")
                .params(form.title().trim(), ts(form.startsAt()), ts(form.endsAt()), form.place(), form.closed(), id)
                .update();
    }

    public void setState(UUID id, SittingState state, @Nullable UUID currentItemId) {
        jdbc.sql("update sittings set state = ?, current_item_id = ? where id = ?")
                .params(state.name(), currentItemId, id).update();
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
        return AgendaRules.renumber(jdbc.sql(ITEM + " where sitting_id = ? order by position").param(sittingId)
                .query(SittingStore::mapItem).list());
    }

    public Optional<UUID> sittingOfItem(UUID itemId) {
        return jdbc.sql("select sitting_id from agenda_items where id = ?").param(itemId).query(UUID.class).optional();
    }

    public void insertItem(UUID id, UUID sittingId, int position, AgendaItemForm form, boolean addedLate) {
        jdbc.sql("""
                        insert into agenda_items (id, sitting_id, position, title, description, presenter, estimated_minutes,
                                                  closed, state, added_late)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sittingId, position, form.title().trim(), form.description(), form.presenter(),
                        form.estimatedMinutes(), form.closed(), AgendaItemState.DRAFT.name(), addedLate)
                .update();
    }

    public void updateItem(UUID id, AgendaItemForm form) {
        jdbc.sql("""
                        update agenda_items set title = ?, description = ?, presenter = ?, estimated_minutes = ?, closed = ?
                        where id = ?""")
                .params(form.title().trim(), form.description(), form.presenter(), form.estimatedMinutes(),
                        form.closed(), id)
                .update();
    }

    public void publishItem(UUID id, Instant at) {
        jdbc.sql("update agenda_items set state = ?, published_at = ? where id = ?")
                .params(AgendaItemState.PUBLISHED.name(), ts(at), id).update();
    }

    public void deleteItem(UUID id) {
        jdbc.sql("delete from agenda_items where id = ?").param(id).update();
    }

    public void savePositions(List<AgendaItem> items) {
        for (AgendaItem item : items) {
            jdbc.sql("update agenda_items set position = ? where id = ?").params(item.position(), item.id()).update();
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
                rs.getBoolean(8), SittingState.valueOf(rs.getString(9)), rs.getObject(10, UUID.class),
                instant(rs.getTimestamp(11)), rs.getLong(12));
    }

    private static AgendaItem mapItem(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), null,
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Integer.class), rs.getBoolean(8),
                AgendaItemState.valueOf(rs.getString(9)), rs.getBoolean(10));
    }
}
