package vn.hopso.meeting.support;

import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real Redis for tests: the one on 127.0.0.1:6379 when it runs, otherwise a private {@code redis-server} started on
 * a free port (Debian package {@code redis-server}; {@code infra/test} installs it). Fails loudly when neither exists:
 * the Redis tests are the only coverage of cross-node fan-out and must not be skipped silently.
 */
public final class TestRedis {

    private static volatile String uri;
    private static RedisClient client;

    private TestRedis() {
    }

    public static synchronized String uri() {
        if (uri == null) {
            uri = TestNetwork.listening("127.0.0.1", 6379) ? "redis://127.0.0.1:6379" : startPrivate();
        }
        return uri;
    }

    /** One Lettuce client for the whole test JVM, shut down with it. */
    public static synchronized RedisClient client() {
        if (client == null) {
            client = RedisClient.create(uri());
            Runtime.getRuntime().addShutdownHook(new Thread(client::shutdown));
        }
        return client;
    }

    private static String startPrivate() {
        int port = TestNetwork.freePort();
        try {
            Path dir = Files.createTempDirectory("hopso-redis");
            Process process = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(port),
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (!TestNetwork.listening("127.0.0.1", port)) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("redis-server did not start; see " + dir.resolve("redis.log"));
                }
                Thread.onSpinWait();
            }
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No Redis on 127.0.0.1:6379 and no redis-server binary: install the Debian package redis-server "
                            + "(infra/test does this)", e);
        }
    }
}
