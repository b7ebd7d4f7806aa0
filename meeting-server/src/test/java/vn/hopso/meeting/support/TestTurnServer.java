package vn.hopso.meeting.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A coturn of a test's own on loopback, checking credentials with {@code use-auth-secret} as production's does
 * (infra/turn/turnserver.conf), and {@code turnutils_uclient} to try an allocation with given credentials. Needs the
 * Debian package coturn (the test command installs it).
 */
public final class TestTurnServer implements AutoCloseable {

    private final int port = TestNetwork.freePort();
    private final Path dir;
    private final Process process;

    private TestTurnServer(String secret) {
        try {
            dir = Files.createTempDirectory("hopso-turn");
            Path config = dir.resolve("turnserver.conf");
            Files.writeString(config, String.join("\n",
                    "listening-ip=127.0.0.1", "relay-ip=127.0.0.1", "listening-port=" + port,
                    "min-port=" + (port + 1), "max-port=" + (port + 40), "use-auth-secret",
                    "static-auth-secret=" + secret, "realm=hopso.test", "no-tls", "no-dtls", "no-cli",
                    "fingerprint", "allow-loopback-peers", "userdb=" + dir.resolve("turndb"),
                    "pidfile=" + dir.resolve("turnserver.pid"), "log-file=stdout", "simple-log", ""));
            process = new ProcessBuilder("turnserver", "-c", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("turnserver.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("no turnserver binary: install the Debian package coturn", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!TestNetwork.listening("127.0.0.1", port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("turnserver did not start; see " + dir.resolve("turnserver.log"));
            }
            Thread.onSpinWait();
        }
    }

    public static TestTurnServer start(String secret) {
        return new TestTurnServer(secret);
    }

    public String uri() {
        return "turn:127.0.0.1:" + port + "?transport=udp";
    }

    /** Whether coturn grants a relay (a TURN allocation over UDP) to these credentials and relays a message. */
    public boolean allocates(String username, String password) {
        try {
            Process client = new ProcessBuilder(List.of("turnutils_uclient", "-y", "-n", "1", "-u", username, "-w",
                    password, "-c", "127.0.0.1", "-p", String.valueOf(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("uclient.log").toFile()))
                    .start();
            if (!client.waitFor(20, TimeUnit.SECONDS)) {
                client.destroyForcibly();
                throw new IllegalStateException("turnutils_uclient did not finish; see " + dir.resolve("uclient.log"));
            }
            return client.exitValue() == 0;
        } catch (IOException e) {
            throw new IllegalStateException("no turnutils_uclient binary: install the Debian package coturn", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
