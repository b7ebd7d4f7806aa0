package vn.hopso.meeting.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.Delegation;

/** Tổ đại biểu. */
@Component
public class DelegationStore {

    private final JdbcClient jdbc;

    DelegationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Delegation> inOrganisation(UUID organisationId) {
        return jdbc.sql("select id, organisation_id, name from delegations where organisation_id = ? order by name")
                .param(organisationId)
                .query((rs, n) -> new Delegation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }

    public Optional<UUID> organisationOf(UUID delegationId) {
        return jdbc.sql("select organisation_id from delegations where id = ?").param(delegationId)
                .query(UUID.class).optional();
    }

    public boolean nameTaken(UUID organisationId, String name) {
        return jdbc.sql("select count(*) from delegations where organisation_id = ? and lower(name) = lower(?)")
                .params(organisationId, name.trim()).query(Integer.class).single() > 0;
    }

    public Delegation create(UUID organisationId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into delegations (id, organisation_id, name) values (?, ?, ?)")
                .params(id, organisationId, name.trim()).update();
        return new Delegation(id, organisationId, name.trim());
    }
}
