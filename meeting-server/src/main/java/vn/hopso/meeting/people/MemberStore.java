package vn.hopso.meeting.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.Me;
import vn.hopso.meeting.api.Member;
import vn.hopso.meeting.api.MemberForm;
import vn.hopso.meeting.api.MembershipSummary;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.domain.Versions;

/** Persons, their accounts and their roles per organisation. */
@Component
public class MemberStore {

    private static final String SELECT = """
            select m.id, p.id, p.full_name, p.title, m.role, d.id, d.name, a.username, m.organisation_id,
                   m.version + p.version, m.mandate_from, m.mandate_until, s.id, s.name
            from memberships m
            join persons p on p.id = m.person_id
            left join accounts a on a.person_id = p.id
            left join delegations d on d.id = m.delegation_id
            left join sites s on s.id = m.site_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Me me(UUID accountId) {
        record Row(String username, String fullName, boolean systemAdmin, boolean mustChangePassword) {
        }
        Row row = jdbc.sql("""
                        select a.username, p.full_name, a.system_admin, a.must_change_password
                        from accounts a join persons p on p.id = a.person_id where a.id = ?""")
                .param(accountId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
                .single();
        List<MembershipSummary> memberships = jdbc.sql("""
                        select m.id, o.id, o.name, m.role from memberships m
                        join organisations o on o.id = m.organisation_id
                        join accounts a on a.person_id = m.person_id
                        where a.id = ? order by o.name, m.role""")
                .param(accountId)
                .query((rs, n) -> new MembershipSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), Role.valueOf(rs.getString(4))))
                .list();
        return new Me(accountId, row.username(), row.fullName(), row.systemAdmin(), row.mustChangePassword(),
                memberships);
    }

    public List<Member> inOrganisation(UUID organisationId) {
        return jdbc.sql(SELECT + " where m.organisation_id = ? order by p.full_name, m.role")
                .param(organisationId).query(MemberStore::map).list();
    }

    public Optional<Member> find(UUID membershipId) {
        return jdbc.sql(SELECT + " where m.id = ?").param(membershipId).query(MemberStore::map).optional();
    }

    public Optional<UUID> organisationOf(UUID membershipId) {
        return jdbc.sql("select organisation_id from memberships where id = ?").param(membershipId)
                .query(UUID.class).optional();
    }

    /** Every organisation in which the person holds a role. */
    public List<UUID> organisationsOfPerson(UUID personId) {
        return jdbc.sql("select distinct organisation_id from memberships where person_id = ?").param(personId)
                .query(UUID.class).list();
    }

    public boolean systemAdmin(UUID personId) {
        return jdbc.sql("select count(*) from accounts where person_id = ? and system_admin").param(personId)
                .query(Integer.class).single() > 0;
    }

    public boolean usernameTaken(String username, @Nullable UUID exceptPersonId) {
        return jdbc.sql("select count(*) from accounts where username = ? and person_id is distinct from ?")
                .params(username, exceptPersonId).query(Integer.class).single() > 0;
    }

    public boolean holds(UUID organisationId, UUID personId, Role role, @Nullable UUID exceptMembershipId) {
        return jdbc.sql("""
                        select count(*) from memberships
                        where organisation_id = ? and person_id = ? and role = ? and id is distinct from ?""")
                .params(organisationId, personId, role.name(), exceptMembershipId).query(Integer.class).single() > 0;
    }

    /** Whether the site is one of the organisation's: the only ones its delegates may attend at. */
    public boolean siteIn(UUID organisationId, UUID siteId) {
        return jdbc.sql("select exists (select 1 from sites where id = ? and organisation_id = ?)")
                .params(siteId, organisationId).query(Boolean.class).single();
    }

    /** Creates the person, the account and the role in one go. */
    public Member create(UUID organisationId, MemberForm form, String passwordHash) {
        UUID personId = UUID.randomUUID();
        UUID membershipId = UUID.randomUUID();
        jdbc.sql("insert into persons (id, full_name, title) values (?, ?, ?)")
                .params(personId, form.fullName().trim(), blankToNull(form.title())).update();
        jdbc.sql("insert into accounts (id, person_id, username, password_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), personId, form.username(), passwordHash, Timestamp.from(clock.instant()))
                .update();
        addRole(membershipId, organisationId, personId, form.role(), form.delegationId());
        setDelegateDetails(membershipId, form);
        return find(membershipId).orElseThrow();
    }

    /** A person with an account that is a system administrator and holds no role in any organisation; the account id. */
    public UUID createSystemAdmin(String fullName, String username, String passwordHash) {
        UUID personId = UUID.randomUUID();
        UUID accountId = UUID.randomUUID();
        jdbc.sql("insert into persons (id, full_name) values (?, ?)").params(personId, fullName.trim()).update();
        jdbc.sql("""
                        insert into accounts (id, person_id, username, password_hash, system_admin, created_at)
                        values (?, ?, ?, ?, true, ?)""")
                .params(accountId, personId, username, passwordHash, Timestamp.from(clock.instant())).update();
        return accountId;
    }

    /** The person's account, which serves every role they hold. */
    public Optional<UUID> accountOf(UUID personId) {
        return jdbc.sql("select id from accounts where person_id = ?").param(personId).query(UUID.class).optional();
    }

    /** The person must choose a new password at their next login (and may do nothing else until then). */
    public void requirePasswordChange(UUID personId) {
        jdbc.sql("update accounts set must_change_password = true where person_id = ?").param(personId).update();
    }

    public boolean anySystemAdmin() {
        return jdbc.sql("select exists (select 1 from accounts where system_admin and enabled)")
                .query(Boolean.class).single();
    }

    public void addRole(UUID membershipId, UUID organisationId, UUID personId, Role role, @Nullable UUID delegationId) {
        jdbc.sql("insert into memberships (id, organisation_id, person_id, role, delegation_id) values (?, ?, ?, ?, ?)")
                .params(membershipId, organisationId, personId, role.name(), delegationId).update();
    }

    /**
     * Changes the member if the role and the person are still at {@code version} (both count: a person renamed in
     * another council changes what this one shows); refused as stale otherwise.
     */
    public Member update(UUID membershipId, UUID personId, long version, MemberForm form,
            @Nullable String passwordHash) {
        long current = jdbc.sql("""
                        select m.version + p.version from memberships m join persons p on p.id = m.person_id
                        where m.id = ? for update of m, p""")
                .param(membershipId).query(Long.class).single();
        Versions.require(current, version);
        jdbc.sql("update persons set full_name = ?, title = ?, version = version + 1 where id = ?")
                .params(form.fullName().trim(), blankToNull(form.title()), personId).update();
        jdbc.sql("update accounts set username = ? where person_id = ?").params(form.username(), personId).update();
        if (passwordHash != null) {
            jdbc.sql("update accounts set password_hash = ?, password_changed_at = ? where person_id = ?")
                    .params(passwordHash, Timestamp.from(clock.instant()), personId).update();
        }
        jdbc.sql("update memberships set role = ?, delegation_id = ?, version = version + 1 where id = ?")
                .params(form.role().name(), form.delegationId(), membershipId).update();
        setDelegateDetails(membershipId, form);
        return find(membershipId).orElseThrow();
    }

    public void delete(UUID membershipId) {
        jdbc.sql("update sites set operator_membership_id = null where operator_membership_id = ?")
                .param(membershipId).update();
        jdbc.sql("delete from memberships where id = ?").param(membershipId).update();
    }

    private void setDelegateDetails(UUID membershipId, MemberForm form) {
        jdbc.sql("update memberships set mandate_from = ?, mandate_until = ?, site_id = ? where id = ?")
                .params(form.mandateFrom() == null ? null : Date.valueOf(form.mandateFrom()),
                        form.mandateUntil() == null ? null : Date.valueOf(form.mandateUntil()), form.siteId(),
                        membershipId)
                .update();
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                Role.valueOf(rs.getString(5)), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
                rs.getLong(10), localDate(rs.getDate(11)), localDate(rs.getDate(12)), rs.getObject(13, UUID.class),
                rs.getString(14));
    }
}
