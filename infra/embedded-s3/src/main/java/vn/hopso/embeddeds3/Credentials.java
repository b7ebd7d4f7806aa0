package vn.hopso.embeddeds3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The key pair that signs requests to the local endpoint. Generated on the first start and kept in a file only the
 * server's user can read, so a restart keeps talking to the same objects with the same keys.
 */
record Credentials(String accessKey, String secretKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static Credentials loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || lines.get(0).isBlank() || lines.get(1).isBlank()) {
                throw new IOException(file + " should hold an access key and a secret key, one per line");
            }
            return new Credentials(lines.get(0).strip(), lines.get(1).strip());
        }
        Credentials created = new Credentials("hopso-" + token(9), token(30));
        Files.createDirectories(file.getParent());
        Path pending = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(pending);
        Files.createFile(pending, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pending, created.accessKey() + "\n" + created.secretKey() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(pending, file);
        return created;
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Override
    public String toString() {
        return "Credentials[" + accessKey + ", secret hidden]";
    }
}
