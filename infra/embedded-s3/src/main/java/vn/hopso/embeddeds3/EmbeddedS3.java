package vn.hopso.embeddeds3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The Run command's object storage: {@code java -jar embedded-s3.jar DATA_DIR BUCKET PARENT_PID}. Keeps objects and
 * credentials under {@code DATA_DIR/s3}, writes the settings the server needs to {@code DATA_DIR/s3/server.env}
 * (owner-only, {@code HOPSO_S3_*=value} lines, named as Spring Boot reads {@code hopso.s3.*} from the environment:
 * dots as underscores, dashes dropped) once it listens, and stops when the parent process ends, so that it
 * never outlives the server it was started for.
 */
public final class EmbeddedS3 {

    private EmbeddedS3() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -jar embedded-s3.jar DATA_DIR BUCKET PARENT_PID");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).toAbsolutePath().resolve("s3");
        String bucket = args[1];
        ProcessHandle parent = ProcessHandle.of(Long.parseLong(args[2]))
                .orElseThrow(() -> new IllegalArgumentException("no process " + args[2]));
        Credentials credentials = Credentials.loadOrCreate(folder.resolve("credentials"));
        LocalS3 s3 = LocalS3.start(folder, bucket, credentials);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(s3)));
        writeSettings(folder.resolve("server.env"), s3.endpoint(), bucket, credentials);
        System.out.println("HọpSố: object storage (S3Proxy) on " + s3.endpoint() + ", objects in "
                + folder.resolve("objects"));
        parent.onExit().join();
        System.exit(0); // the shutdown hook stops S3Proxy
    }

    /** Written to a new file and moved into place, so a reader never sees half of it. */
    static void writeSettings(Path file, String endpoint, String bucket, Credentials credentials) throws IOException {
        Path pending = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(pending);
        Files.createFile(pending, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pending, "HOPSO_S3_ENDPOINT=" + endpoint + "\n"
                + "HOPSO_S3_BUCKET=" + bucket + "\n"
                + "HOPSO_S3_ACCESSKEY=" + credentials.accessKey() + "\n"
                + "HOPSO_S3_SECRETKEY=" + credentials.secretKey() + "\n", StandardCharsets.UTF_8);
        Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void stop(LocalS3 s3) {
        try {
            s3.close();
        } catch (Exception e) {
            System.err.println("HọpSố: S3Proxy did not stop cleanly: " + e);
        }
    }
}
