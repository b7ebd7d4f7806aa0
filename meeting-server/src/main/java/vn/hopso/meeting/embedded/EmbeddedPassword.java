package vn.hopso.meeting.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's superuser password: generated once, kept in {@code <data-dir>/postgres-password},
 * readable by the server's user only (0600). With it, other local users cannot open the database.
 */
final class EmbeddedPassword {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    /** pg_hba.conf: every connection, over TCP or the Unix socket, must give the password. */
    static final String HBA = """
            # Written by HọpSố at every start: every connection needs the password kept in postgres-password beside
            # this data folder (readable by the server's user only).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final Path file;

    EmbeddedPassword(Path dataDir) {
        this.file = dataDir.resolve("postgres-password");
    }

    Path file() {
        return file;
    }

    /** The password kept from an earlier start, its file made owner-only if it was not. */
    Optional<String> existing() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} could be read by other users; it is now readable by its owner only", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    /** A new password, written to a file of its own beside the final one (created owner-only, never world-readable). */
    String generateInto(Path target) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Files.deleteIfExists(target);
        Files.createFile(target, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(target, password + "\n", StandardCharsets.UTF_8);
        return password;
    }

    Path pending() {
        return file.resolveSibling("postgres-password.new");
    }

    /** Makes a password generated into {@link #pending()} the kept one, once the database requires it. */
    void keepPending() throws IOException {
        Files.move(pending(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void writeHba(Path postgresDir) {
        try {
            Files.writeString(postgresDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write pg_hba.conf in " + postgresDir, e);
        }
    }
}
