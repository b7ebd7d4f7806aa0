package vn.hopso.meeting.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.Level;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.OrganisationForm;
import vn.hopso.meeting.api.OrganisationKind;
import vn.hopso.meeting.domain.Versions;

@Component
public class OrganisationStore {

    private static final String COLUMNS = "id, name, kind, level, parent_id, version, quorum_numerator, quorum_denominator";

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organisations where id = ?").param(id)
                .query(OrganisationStore::map).optional();
    }

    public List<Organisation> all() {
        return jdbc.sql("select " + COLUMNS + " from organisations order by name").query(OrganisationStore::map).list();
    }

    public List<Organisation> withIds(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from organisations where id in (:ids) order by name")
                .param("ids", ids).query(OrganisationStore::map).list();
    }

    public Organisation create(OrganisationForm form) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisations (id, name, kind, level, parent_id, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, form.name().trim(), form.kind().name(), form.level(), form.parentId(),
                        Timestamp.from(clock.instant()))
                .update();
        setQuorum(id, form);
        return find(id).orElseThrow();
    }

    /** Changes the organisation if it is still at {@code version}; refused as stale otherwise. */
    public Organisation update(UUID id, long version, OrganisationForm form) {
        Versions.requireUpdated(jdbc.sql("""
                        update organisations set name = ?, kind = ?, level = ?, parent_id = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(form.name().trim(), form.kind().name(), form.level(), form.parentId(), id, version)
                .update());
        setQuorum(id, form);
        return find(id).orElseThrow();
    }

    /** The quorum share, when the form gives one (the controller checks that both parts come together). */
    private void setQuorum(UUID id, OrganisationForm form) {
        if (form.quorumNumerator() != null && form.quorumDenominator() != null) {
            jdbc.sql("update organisations set quorum_numerator = ?, quorum_denominator = ? where id = ?")
                    .params(form.quorumNumerator(), form.quorumDenominator(), id).update();
        }
    }

    public List<Level> levels() {
        return jdbc.sql("select code, name, rank from admin_levels order by rank")
                .query((rs, n) -> new Level(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    public boolean levelExists(String code) {
        return jdbc.sql("select count(*) from admin_levels where code = ?").param(code).query(Integer.class).single() > 0;
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject(1, UUID.class), rs.getString(2), OrganisationKind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getLong(6), rs.getInt(7), rs.getInt(8));
    }
}
