package vn.hopso.media.managed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hopso.media.janus.JanusEndpoint;
import vn.hopso.media.janus.JanusException;
import vn.hopso.media.janus.JanusNode;

/**
 * Runs Janus as a child process from a generated configuration, waits until it answers {@code info}, and starts it
 * again whenever it dies. The process never outlives us: {@link #close()} ends it, a shutdown hook does when the JVM
 * exits without closing, and the kernel does when the JVM is killed outright ({@link JanusLauncher}). A missing binary
 * is reported as {@link JanusStatus.NotInstalled}, not thrown.
 */
public final class ManagedJanus implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ManagedJanus.class.getName());
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(100);

    private final ManagedJanusSettings settings;
    private JanusConfigFolder config;
    private final String apiSecret;
    private final Thread shutdownHook = new Thread(this::removeProcess, "managed-janus-shutdown");
    private final JanusLauncher launcher;
    private volatile JanusStatus status = new JanusStatus.Stopped();
    private Process process;
    private int port;
    private int starts;
    private boolean closed;

    public ManagedJanus(ManagedJanusSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.launcher = new JanusLauncher(settings.binary());
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.apiSecret = HexFormat.of().formatHex(secret);
    }

    /** Whether this machine has what a managed Janus needs (the binary and the two libraries). */
    public static boolean installed(ManagedJanusSettings settings) {
        return Files.isExecutable(settings.binary()) && Files.isReadable(settings.videoRoomPlugin())
                && Files.isReadable(settings.httpTransport());
    }

    /** Starts Janus and waits until it answers; returns the status reached. */
    public synchronized JanusStatus start() {
        if (closed) {
            throw new IllegalStateException("this managed Janus was closed");
        }
        if (!installed(settings)) {
            status = new JanusStatus.NotInstalled("video needs Janus: apt-get install --no-install-recommends janus"
                    + " (looked for " + settings.binary() + " and " + settings.videoRoomPlugin() + ")");
            return status;
        }
        if (status instanceof JanusStatus.Running) {
            return status;
        }
        if (port == 0) {
            port = settings.port() != 0 ? settings.port() : freePort();
            config = new JanusConfigFolder(settings, port);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        status = launch();
        return status;
    }

    public JanusStatus status() {
        return status;
    }

    /** Where the API answers once running (fixed at the first start, kept across restarts). */
    public JanusEndpoint endpoint() {
        return JanusEndpoint.of(URI.create("http://127.0.0.1:" + port + "/janus"), apiSecret);
    }

    /** The running process, for watching it (and, in tests, for killing it). */
    public synchronized Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).filter(Process::isAlive).map(Process::toHandle);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        removeProcess();
        launcher.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
            // the hook runs, or never was added
        }
        status = new JanusStatus.Stopped();
    }

    private JanusStatus launch() {
        config.write(apiSecret);
        Path log = settings.directory().resolve("janus.log");
        Process started;
        try {
            started = launcher.start(config, log);
        } catch (IOException e) {
            return new JanusStatus.Failed("could not start " + settings.binary() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new JanusStatus.Failed("interrupted while starting " + settings.binary());
        }
        process = started;
        int restarts = starts++;
        started.onExit().thenRun(() -> died(started));
        JanusStatus reached = awaitAnswer(started, restarts, log);
        if (reached instanceof JanusStatus.Failed) {
            process = null;
            started.destroyForcibly();
        }
        return reached;
    }

    private JanusStatus awaitAnswer(Process started, int restarts, Path log) {
        Instant deadline = Instant.now().plus(settings.startTimeout());
        try (JanusNode probe = new JanusNode(endpoint())) {
            while (started.isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    probe.info();
                    return new JanusStatus.Running(endpoint(), started.pid(), restarts);
                } catch (JanusException notYet) {
                    Thread.sleep(PROBE_INTERVAL);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new JanusStatus.Failed((started.isAlive() ? "Janus did not answer within " + settings.startTimeout()
                : "Janus exited with " + started.exitValue()) + "; its log ends: " + tail(log));
    }

    private void died(Process gone) {
        synchronized (this) {
            if (closed || process != gone) {
                return;
            }
            status = new JanusStatus.Restarting("Janus exited with " + gone.exitValue());
        }
        LOG.warning(() -> "Janus (pid " + gone.pid() + ") exited with " + gone.exitValue() + "; starting it again");
        Thread.ofVirtual().name("managed-janus-restart").start(this::restart);
    }

    private void restart() {
        while (true) {
            try {
                Thread.sleep(settings.restartDelay());
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (closed) {
                    return;
                }
                status = launch();
                if (status instanceof JanusStatus.Running) {
                    return;
                }
                JanusStatus failed = status;
                LOG.log(Level.WARNING, () -> "Janus did not come back: " + failed);
            }
        }
    }

    /** Ends the process and removes its configuration (its secret included). */
    private void removeProcess() {
        stopProcess();
        JanusConfigFolder folder;
        synchronized (this) {
            folder = config;
        }
        if (folder != null) {
            folder.delete();
        }
    }

    private void stopProcess() {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running != null) {
            JanusLauncher.stop(running);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
