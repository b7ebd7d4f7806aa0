package vn.hopso.meeting.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A real PostgreSQL for tests, without Docker: the server on 127.0.0.1:5432 when one runs there (developer machines,
 * CI after {@code infra/test} started it), otherwise one embedded PostgreSQL per test JVM. Each call to
 * {@link #newDatabase()} creates a fresh, empty database.
 */
public final class TestPostgres {

    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/";
    private static volatile String baseUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** The JDBC URL of a new empty database; user {@code postgres}, no password. */
    public static String newDatabase() {
        String base = base();
        String name = "hopso_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base + "postgres", "postgres", "")) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " at " + base, e);
        }
        return base + name;
    }

    private static synchronized String base() {
        if (baseUrl == null) {
            baseUrl = localServerAnswers() ? LOCAL : startEmbedded();
        }
        return baseUrl;
    }

    private static boolean localServerAnswers() {
        if (!TestNetwork.listening("127.0.0.1", 5432)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(LOCAL + "postgres", "postgres", "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary cluster goes with it
                }
            }));
            return "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL on 127.0.0.1:5432 and the embedded one did not start", e);
        }
    }
}
