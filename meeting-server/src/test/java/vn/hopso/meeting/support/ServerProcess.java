package vn.hopso.meeting.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.hopso.meeting.HopsoApplication;

/**
 * One node of a test deployment in a JVM of its own, started like {@link ServerNode} but in another operating-system
 * process, so that a test can kill it outright ({@link #kill()}: SIGKILL, no shutdown hook, no graceful close of a
 * socket or a transaction), as a crashed or unplugged machine would go. What it prints goes to a file under
 * {@code target/server-processes}, named in every failure.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path output;

    private ServerProcess(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /**
     * Launches the node and returns at once: a test starts its other nodes meanwhile, then calls {@link #awaitReady()}.
     */
    public static ServerProcess launch(String database, String redisUri, String redisPrefix, String... settings) {
        int port = TestNetwork.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A small heap, the quick compiler only and one GC thread: the node starts sooner on a busy test machine.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), HopsoApplication.class.getName()));
        command.addAll(ServerNode.arguments(port, database, redisUri, redisPrefix, settings));
        try {
            Path dir = Files.createDirectories(
                    Path.of(System.getProperty("basedir", "."), "target", "server-processes"));
            Path output = dir.resolve("node-" + port + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            // Should a test end without closing it, the node goes with the test JVM all the same.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new ServerProcess(process, port, output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not launch a server process", e);
        }
    }

    /** Waits until the node answers that it is ready to serve; fails at once if the process ended instead. */
    public ServerProcess awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            HttpRequest readiness = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server process ended with " + process.exitValue()
                            + " before it was ready; see " + output);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server process was not ready within " + STARTUP + "; see "
                            + output);
                }
                if (answersReady(http, readiness)) {
                    return this;
                }
                // Not listening yet: wait a moment on the process itself, which also notices it dying.
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answersReady(HttpClient http, HttpRequest readiness) throws InterruptedException {
        try {
            return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    /** SIGKILL, and waits until the process is gone: its sockets are closed by the operating system, nothing else. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server process survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
