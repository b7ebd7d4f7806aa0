package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hopso.meeting.HopsoApplication;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.TestPostgres;

/**
 * A real deployment on an external database: the demo council (with its published administrator password) is not
 * seeded unless asked for, and the first system administrator is created once, with the one-time setup token the
 * server prints on its console, and a password the operator chooses.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]{43})\"");
    private static final String PASSWORD = "Quản trị kỳ họp 2026";

    @Test
    void anExternalDatabaseGetsNoDemoAndNoAdministratorUntilTheOneTimeTokenIsUsedOnce(CapturedOutput output) {
        String database = TestPostgres.newDatabase();
        try (ConfigurableApplicationContext server = start(database)) {
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            assertThat(count(jdbc, "organisations")).isZero();
            assertThat(count(jdbc, "accounts")).as("no administrator before the setup").isZero();
            String token = lastToken(output);
            int port = port(server);

            try (ApiClient anonymous = new ApiClient(port)) {
                assertThat(anonymous.login("admin", "hopso2026").status()).isEqualTo(401);

                var forged = setup(anonymous, "A".repeat(43), "quantri", PASSWORD);
                assertThat(forged.status()).isEqualTo(403);
                assertThat(forged.body().get("code").asString()).isEqualTo("setup_token_invalid");

                var weak = setup(anonymous, token, "quantri", "1234567890");
                assertThat(weak.status()).isEqualTo(400);
                assertThat(weak.body().get("code").asString()).isEqualTo("password_too_common");
                assertThat(count(jdbc, "accounts")).isZero();

                var created = setup(anonymous, token, "quantri", PASSWORD);
                assertThat(created.status()).as(created.raw()).isEqualTo(201);
                assertThat(created.body().get("systemAdmin").asBoolean()).isTrue();
                assertThat(created.body().get("username").asString()).isEqualTo("quantri");

                var again = setup(anonymous, token, "quantri2", "Một mật khẩu khác hẳn");
                assertThat(again.status()).isEqualTo(403);
                assertThat(again.body().get("code").asString()).isEqualTo("setup_token_invalid");
            }
            assertThat(jdbc.sql("select username from accounts where system_admin").query(String.class).list())
                    .containsExactly("quantri");
            assertThat(jdbc.sql("select action from audit_log").query(String.class).list()).contains("setup.first_admin");
            try (ApiClient admin = ApiClient.loggedIn(port, "quantri", PASSWORD)) {
                assertThat(admin.get("/api/me").body().get("systemAdmin").asBoolean()).isTrue();
            }
        }
        int printed = tokens(output).size();
        try (ConfigurableApplicationContext restarted = start(database)) {
            assertThat(tokens(output)).as("no new token once an administrator exists").hasSize(printed);
            assertThat(restarted.getBean(JdbcClient.class).sql("select count(*) from setup_token")
                    .query(Integer.class).single()).isZero();
        }
    }

    @Test
    void eachStartWithoutAnAdministratorIssuesANewTokenAndTheEarlierOneStopsWorking(CapturedOutput output) {
        String database = TestPostgres.newDatabase();
        String first;
        try (ConfigurableApplicationContext server = start(database)) {
            first = lastToken(output);
        }
        try (ConfigurableApplicationContext server = start(database); ApiClient anonymous = new ApiClient(port(server))) {
            String second = lastToken(output);
            assertThat(second).isNotEqualTo(first);
            assertThat(setup(anonymous, first, "quantri", PASSWORD).status()).isEqualTo(403);
            assertThat(setup(anonymous, second, "quantri", PASSWORD).status()).isEqualTo(201);
        }
    }

    @Test
    void theDemoIsSeededIntoAnExternalDatabaseOnlyWhenAskedFor(CapturedOutput output) {
        try (ConfigurableApplicationContext server = start(TestPostgres.newDatabase(), "--hopso.demo=true")) {
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from organisations").query(String.class).list())
                    .containsExactly("Hội đồng nhân dân tỉnh Lam Sơn");
            assertThat(count(jdbc, "documents")).as("no object storage, so no papers, and the demo still starts")
                    .isZero();
            assertThat(jdbc.sql("select count(*) from setup_token").query(Integer.class).single()).isZero();
        }
        assertThat(tokens(output)).isEmpty();
    }

    private static ApiClient.Response setup(ApiClient client, String token, String username, String password) {
        return client.postWithoutCsrf("/api/setup", Map.of("token", token, "fullName", "Nguyễn Văn Quản",
                "username", username, "password", password));
    }

    private static ConfigurableApplicationContext start(String database, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--logging.file.name=",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(HopsoApplication.class).run(args.toArray(String[]::new));
    }

    private static int count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static List<String> tokens(CapturedOutput output) {
        Matcher matcher = TOKEN.matcher(output.getOut());
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String lastToken(CapturedOutput output) {
        List<String> found = tokens(output);
        assertThat(found).as("a setup token printed on the console").isNotEmpty();
        return found.getLast();
    }

    private static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }
}
