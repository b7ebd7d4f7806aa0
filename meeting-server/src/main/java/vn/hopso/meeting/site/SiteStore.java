package vn.hopso.meeting.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.Site;
import vn.hopso.meeting.api.SiteForm;
import vn.hopso.meeting.api.SiteKind;
import vn.hopso.meeting.api.SiteRef;
import vn.hopso.meeting.domain.Versions;

/** Điểm cầu of an organisation. */
@Component
public class SiteStore {

    private static final String SELECT = """
            select s.id, s.organisation_id, s.name, s.level, s.parent_id, s.kind, s.operator_membership_id, p.full_name,
                   s.version
            from sites s
            left join memberships m on m.id = s.operator_membership_id
            left join persons p on p.id = m.person_id
            """;

    private final JdbcClient jdbc;

    SiteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Site> inOrganisation(UUID organisationId) {
        return jdbc.sql(SELECT + " where s.organisation_id = ? order by s.name").param(organisationId)
                .query(SiteStore::map).list();
    }

    public Optional<Site> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SiteStore::map).optional();
    }

    /** Whether the account operates this site (through its site operator role). */
    public boolean operates(UUID accountId, UUID siteId) {
        return jdbc.sql("""
                        select exists (select 1 from sites s join memberships m on m.id = s.operator_membership_id
                                       join accounts a on a.person_id = m.person_id
                                       where s.id = ? and a.id = ?)""")
                .params(siteId, accountId).query(Boolean.class).single();
    }

    /** The sites of the organisation that the account operates, by name. */
    public List<SiteRef> operatedBy(UUID accountId, UUID organisationId) {
        return jdbc.sql("""
                        select s.id, s.name from sites s join memberships m on m.id = s.operator_membership_id
                        join accounts a on a.person_id = m.person_id
                        where a.id = ? and s.organisation_id = ? order by s.name, s.id""")
                .params(accountId, organisationId)
                .query((rs, row) -> new SiteRef(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    public Site create(UUID organisationId, SiteForm form) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into sites (id, organisation_id, name, level, parent_id, kind, operator_membership_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, form.name().trim(), form.level(), form.parentId(), form.kind().name(),
                        form.operatorMembershipId())
                .update();
        return find(id).orElseThrow();
    }

    /** Changes the site if it is still at {@code version}; refused as stale otherwise. */
    public Site update(UUID id, long version, SiteForm form) {
        Versions.requireUpdated(jdbc.sql("""
                        update sites set name = ?, level = ?, parent_id = ?, kind = ?, operator_membership_id = ?,
                                         version = version + 1
                        where id = ? and version = ?""")
                .params(form.name().trim(), form.level(), form.parentId(), form.kind().name(),
                        form.operatorMembershipId(), id, version)
                .update());
        return find(id).orElseThrow();
    }

    private static Site map(ResultSet rs, int row) throws SQLException {
        return new Site(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getObject(5, UUID.class), SiteKind.valueOf(rs.getString(6)), rs.getObject(7, UUID.class),
                rs.getString(8), rs.getLong(9));
    }
}
