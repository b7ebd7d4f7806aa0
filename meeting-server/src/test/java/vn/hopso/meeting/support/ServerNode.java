package vn.hopso.meeting.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hopso.meeting.HopsoApplication;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.people.MemberStore;

/**
 * One server instance of several that share a PostgreSQL database and a Redis, as behind a load balancer. Every test
 * deployment gets Redis names of its own, so it never hears a developer's running instance or another test.
 */
public final class ServerNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServerNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A Redis prefix for one test deployment: its nodes share it, nobody else does. */
    public static String deploymentPrefix() {
        return "hopso-test-" + UUID.randomUUID() + ":";
    }

    public static ServerNode start(String database, String redisUri, String redisPrefix, String... settings) {
        return new ServerNode(new SpringApplicationBuilder(HopsoApplication.class)
                .run(arguments(0, database, redisUri, redisPrefix, settings).toArray(String[]::new)));
    }

    /** The command line of one node of a test deployment ({@code port} 0: any free one), in this JVM or another. */
    static List<String> arguments(int port, String database, String redisUri, String redisPrefix, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--hopso.demo=false",
                "--logging.file.name=", "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.datasource.hikari.minimum-idle=1", "--hopso.redis.uri=" + redisUri,
                "--hopso.redis.prefix=" + redisPrefix));
        args.addAll(List.of(settings));
        return args;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Fixtures fixtures() {
        return new Fixtures(bean(OrganisationStore.class), bean(MemberStore.class), bean(JdbcClient.class),
                bean(PasswordEncoder.class));
    }

    public ApiClient login(Fixtures.TestUser user) {
        return ApiClient.loggedIn(port(), user.username(), Fixtures.PASSWORD);
    }

    @Override
    public void close() {
        context.close();
    }
}
