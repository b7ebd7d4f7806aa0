package vn.hopso.meeting.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.people.MemberStore;

/**
 * A system test: the whole server on a random port over a fresh database on a real PostgreSQL, spoken to through
 * HTTP and WebSocket like a browser would. Test classes extending this share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Every test client logs in from 127.0.0.1, so the per-address budget of failed logins would soon hold all
        // of them off; LoginThrottlingTest proves that budget on a server of its own. The tests make thousands of
        // accounts and logins: bcrypt's cheapest cost keeps that from dominating the run (PasswordHashCostTest proves
        // the default cost).
        properties = {"hopso.demo=false", "logging.file.name=", "hopso.login.address-max-failures=1000000",
                "hopso.passwords.hash-cost=4"})
public abstract class ServerTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private OrganisationStore organisations;

    @Autowired
    private MemberStore members;

    @Autowired
    private PasswordEncoder passwords;

    private Fixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // Many test servers share one PostgreSQL: each needs only a few connections.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    protected Fixtures fixtures() {
        if (fixtures == null) {
            fixtures = new Fixtures(organisations, members, jdbc, passwords);
        }
        return fixtures;
    }

    protected ApiClient login(Fixtures.TestUser user) {
        return ApiClient.loggedIn(port, user.username(), Fixtures.PASSWORD);
    }
}
