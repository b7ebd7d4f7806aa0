package vn.hopso.meeting.sitting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.Session;
import vn.hopso.meeting.api.SessionForm;
import vn.hopso.meeting.domain.Versions;

/** Kỳ họp. */
@Component
public class SessionStore {

    private static final String SELECT = "select id, organisation_id, name, number, starts_on, ends_on, version from sessions";

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Session> inOrganisation(UUID organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = ? order by starts_on desc, name").param(organisationId)
                .query(SessionStore::map).list();
    }

    public Optional<Session> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(SessionStore::map).optional();
    }

    public Session create(UUID organisationId, SessionForm form) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into sessions (id, organisation_id, name, number, starts_on, ends_on) values (?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, form.name().trim(), form.number(), Date.valueOf(form.startsOn()),
                        Date.valueOf(form.endsOn()))
                .update();
        return find(id).orElseThrow();
    }

    /** Changes the session if it is still at {@code version}; refused as stale otherwise. */
    public Session update(UUID id, long version, SessionForm form) {
        Versions.requireUpdated(jdbc.sql("""
                        update sessions set name = ?, number = ?, starts_on = ?, ends_on = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(form.name().trim(), form.number(), Date.valueOf(form.startsOn()), Date.valueOf(form.endsOn()),
                        id, version)
                .update());
        return find(id).orElseThrow();
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, Integer.class), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                rs.getLong(7));
    }
}
