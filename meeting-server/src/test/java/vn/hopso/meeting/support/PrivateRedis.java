package vn.hopso.meeting.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A redis-server of a test's own, on a port that stays the same across {@link #stop()} and {@link #start()}: for
 * showing what happens while Redis is down and after it comes back. Needs the Debian package redis-server.
 */
public final class PrivateRedis implements AutoCloseable {

    private final int port = TestNetwork.freePort();
    private final Path dir;
    private Process process;

    public PrivateRedis() {
        try {
            dir = Files.createTempDirectory("hopso-redis");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public synchronized void start() {
        try {
            process = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(port),
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("no redis-server binary: install the Debian package redis-server", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!TestNetwork.listening("127.0.0.1", port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("redis-server did not start; see " + dir.resolve("redis.log"));
            }
            Thread.onSpinWait();
        }
    }

    public synchronized void stop() {
        process.destroy();
        awaitExit();
    }

    /** Ends redis-server with SIGKILL, as a crash would: it closes no connection and says goodbye to no client. */
    public synchronized void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /**
     * Stops redis-server in its tracks (SIGSTOP): its connections stay open but nothing is answered, as when the
     * network to it is cut. {@link #thaw()} lets it go on where it was.
     */
    public synchronized void freeze() {
        signal("STOP");
    }

    public synchronized void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
