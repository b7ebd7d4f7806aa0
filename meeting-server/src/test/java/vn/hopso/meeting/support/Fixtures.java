package vn.hopso.meeting.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hopso.meeting.api.MemberForm;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.OrganisationForm;
import vn.hopso.meeting.api.OrganisationKind;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.people.MemberStore;

/** Councils and people written straight into the database, so tests start from a known state quickly. */
public final class Fixtures {

    public static final String PASSWORD = "mat-khau-thu-nghiem";

    public record TestUser(String username, UUID membershipId, UUID personId) {
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final OrganisationStore organisations;
    private final MemberStore members;
    private final JdbcClient jdbc;
    private final String hash;

    public Fixtures(OrganisationStore organisations, MemberStore members, JdbcClient jdbc, PasswordEncoder passwords) {
        this.organisations = organisations;
        this.members = members;
        this.jdbc = jdbc;
        this.hash = passwords.encode(PASSWORD);
    }

    public Organisation council(String name) {
        return organisation(name, OrganisationKind.COUNCIL);
    }

    /** A province-level organisation of that kind: a people's committee holds briefings with its sites. */
    public Organisation organisation(String name, OrganisationKind kind) {
        return organisations.create(new OrganisationForm(name, kind, "PROVINCE", null, null, null, null));
    }

    public TestUser member(Organisation organisation, Role role) {
        return member(organisation, role, "Nguyễn Văn " + role.name().charAt(0) + COUNTER.incrementAndGet());
    }

    public TestUser member(Organisation organisation, Role role, String fullName) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + COUNTER.incrementAndGet();
        var member = members.create(organisation.id(), new MemberForm(fullName, null, username, null, role, null, null, null, null, null),
                hash);
        return new TestUser(username, member.membershipId(), member.personId());
    }

    /** The version an edit of the member must name (what {@code GET .../members} shows). */
    public long memberVersion(UUID membershipId) {
        return members.find(membershipId).orElseThrow().version();
    }

    public TestUser systemAdmin(Organisation organisation) {
        TestUser admin = member(organisation, Role.ADMIN);
        jdbc.sql("update accounts set system_admin = true where username = ?").param(admin.username()).update();
        return admin;
    }
}
