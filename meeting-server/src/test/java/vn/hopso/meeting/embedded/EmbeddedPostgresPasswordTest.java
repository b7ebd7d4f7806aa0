package vn.hopso.meeting.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hopso.meeting.HopsoApplication;

/**
 * The embedded PostgreSQL is not open to every local user: it requires a generated password kept in the data folder,
 * readable by the server's user only; a data folder of an earlier version, which trusted any local connection, gets
 * the password at its first start after the upgrade and keeps its data.
 */
class EmbeddedPostgresPasswordTest {

    @Test
    void aNewDataFolderRequiresThePasswordKeptOwnerOnlyBesideIt() throws Exception {
        Path dataDir = Files.createTempDirectory("hopso-embedded");
        try (ConfigurableApplicationContext server = start(dataDir)) {
            int port = server.getBean(EmbeddedDatabase.class).port();
            Path file = dataDir.resolve("postgres-password");

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            String password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertRefused(port, "");
            assertRefused(port, "postgres");
            try (Connection connection = connect(port, password)) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThat(Files.readString(dataDir.resolve("postgres").resolve("pg_hba.conf")))
                    .doesNotContain("trust").contains("scram-sha-256");
        }
    }

    @Test
    void aDataFolderOfAnEarlierVersionGetsThePasswordAtItsFirstStartAndKeepsItsData() throws Exception {
        Path dataDir = Files.createTempDirectory("hopso-upgrade");
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start();
                Connection connection = earlier.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema cu");
            statement.execute("create table cu.ghi_chu (noi_dung text)");
            statement.execute("insert into cu.ghi_chu values ('Biên bản kỳ họp thứ tư')");
        }
        assertThat(dataDir.resolve("postgres-password")).doesNotExist();

        for (int start = 1; start <= 2; start++) {
            try (ConfigurableApplicationContext server = start(dataDir)) {
                int port = server.getBean(EmbeddedDatabase.class).port();
                assertThat(server.getBean(JdbcClient.class).sql("select noi_dung from cu.ghi_chu").query(String.class)
                        .single()).isEqualTo("Biên bản kỳ họp thứ tư");
                assertRefused(port, "");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                        dataDir.resolve("postgres-password")))).isEqualTo("rw-------");
            }
        }
        assertThat(dataDir.resolve("postgres-password.new")).doesNotExist();
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> connect(port, password).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(HopsoApplication.class).run("--server.port=0", "--logging.file.name=",
                "--hopso.demo=false", "--hopso.data-dir=" + dataDir);
    }
}
