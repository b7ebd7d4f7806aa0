package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.hopso.meeting.support.TestPostgres;

/**
 * The Spring Session tables come from a Flyway migration like every other table, and a database of an earlier version,
 * whose session tables Spring Session's own script created, migrates with its sessions kept.
 */
class SessionSchemaTest {

    @Test
    void aNewDatabaseGetsTheSessionTablesFromFlyway() {
        DataSource database = database();

        migrate(database, null);

        JdbcClient jdbc = JdbcClient.create(database);
        assertThat(jdbc.sql("select script from flyway_schema_history where version = '3'").query(String.class).single())
                .isEqualTo("V3__spring_session.sql");
        assertThat(jdbc.sql("select count(*) from spring_session").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from spring_session_attributes").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'spring_session' order by indexname")
                .query(String.class).list())
                .containsExactly("spring_session_ix1", "spring_session_ix2", "spring_session_ix3", "spring_session_pk");
    }

    @Test
    void aDatabaseWhoseSessionTablesSpringSessionCreatedMigratesAndKeepsItsSessions() throws Exception {
        DataSource database = database();
        migrate(database, "2");
        JdbcClient jdbc = JdbcClient.create(database);
        String springSessionScript = new ClassPathResource("org/springframework/session/jdbc/schema-postgresql.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : springSessionScript.split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }
        jdbc.sql("""
                insert into spring_session values ('11111111-1111-1111-1111-111111111111',
                  '22222222-2222-2222-2222-222222222222', 1, 1, 1800, 4102444800000, 'an-account')""").update();

        migrate(database, null);

        assertThat(jdbc.sql("select principal_name from spring_session").query(String.class).list())
                .containsExactly("an-account");
        assertThat(jdbc.sql("select max(version::int) from flyway_schema_history").query(Integer.class).single())
                .isGreaterThanOrEqualTo(3);
    }

    private static DataSource database() {
        return new DriverManagerDataSource(TestPostgres.newDatabase(), "postgres", "");
    }

    private static void migrate(DataSource database, String target) {
        var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
