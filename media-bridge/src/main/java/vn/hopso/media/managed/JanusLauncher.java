package vn.hopso.media.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Starts and ends Janus processes so that none outlives the JVM, even a JVM killed outright: the kernel sends the
 * child SIGKILL when its parent goes ({@code setpriv --pdeathsig KILL}, util-linux). That signal is tied to the thread
 * that forked the child, so every process is started from one platform thread that lives as long as the launcher (a
 * virtual thread's carrier or a pooled thread may end, and take Janus with it).
 */
final class JanusLauncher implements AutoCloseable {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final long GRACE_SECONDS = 5;

    private final Path binary;
    private final ExecutorService forker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("managed-janus-launcher").daemon().factory());

    JanusLauncher(Path binary) {
        this.binary = binary;
    }

    /** Starts Janus on the folder's configuration, its output appended to {@code log}. */
    Process start(JanusConfigFolder config, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(config))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            return forker.submit(builder::start).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Asks the process to end (Janus closes its sessions), and kills it when it takes longer than a few seconds. */
    static void stop(Process running) {
        if (!running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        forker.shutdown();
    }

    private List<String> command(JanusConfigFolder config) {
        List<String> janus = List.of(binary.toString(), "-C", config.mainFile().toString(),
                "-F", config.folder().toString());
        if (!Files.isExecutable(SETPRIV)) {
            return janus;
        }
        List<String> command = new ArrayList<>(List.of(SETPRIV.toString(), "--pdeathsig", "KILL", "--"));
        command.addAll(janus);
        return command;
    }
}
