package vn.hopso.meeting.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * The embedded default: with no {@code spring.datasource.url}, HọpSố starts a real PostgreSQL from Maven artifacts,
 * keeping its data under {@code hopso.data-dir/postgres} so that a restart keeps every change. It listens on localhost
 * only and requires a password that only the server's user can read ({@code hopso.data-dir/postgres-password}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * Starts the cluster so that it asks every connection for the password of {@link EmbeddedPassword}. A new data
     * folder gets it from initdb; a data folder of an earlier version (any local connection trusted) gets it on its
     * first start after the upgrade: set on the role, then required by pg_hba.conf, then kept in the file.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HopsoProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath();
        Path dir = dataDir.resolve("postgres");
        EmbeddedPassword passwords = new EmbeddedPassword(dataDir);
        try {
            Files.createDirectories(dir);
            boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
            Optional<String> kept = passwords.existing();
            String password;
            var builder = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false);
            if (fresh || kept.isPresent()) {
                password = kept.isPresent() ? kept.get() : passwords.generateInto(passwords.file());
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwords.file().toString())
                        .setDataDirectoryCustomizer(folder -> EmbeddedPassword.writeHba(folder.toPath()));
            } else {
                password = passwords.generateInto(passwords.pending());
            }
            EmbeddedPostgres postgres = builder.setConnectConfig("password", password).start();
            if (!fresh && kept.isEmpty()) {
                requirePassword(postgres, dir, password);
                passwords.keepPending();
                log.info("The embedded PostgreSQL now requires the password kept in {}", passwords.file());
            }
            log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(), dir);
            return postgres;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL in " + dir
                    + " (its password is kept in " + passwords.file() + ")", e);
        }
    }

    /** A data folder from before passwords: the role gets the password, then pg_hba.conf demands it. */
    private static void requirePassword(EmbeddedPostgres postgres, Path dir, String password) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + password + "'");
            EmbeddedPassword.writeHba(dir);
            statement.execute("select pg_reload_conf()");
        }
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres.getPort());
    }

    /** Pooled: the embedded server's own data source opens a new connection for every statement. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, HopsoProperties properties) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword(new EmbeddedPassword(properties.dataDir().toAbsolutePath()).existing().orElseThrow());
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }
}
