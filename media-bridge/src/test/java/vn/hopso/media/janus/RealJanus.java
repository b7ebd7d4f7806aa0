package vn.hopso.media.janus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import vn.hopso.media.managed.JanusStatus;
import vn.hopso.media.managed.ManagedJanus;
import vn.hopso.media.managed.ManagedJanusSettings;

/**
 * A real Janus for integration tests, started through {@link ManagedJanus} with a 5 s session timeout, so that a
 * missing keep-alive shows within a test.
 */
final class RealJanus implements AutoCloseable {

    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(5);

    private final ManagedJanus janus;

    RealJanus(Path directory) {
        janus = new ManagedJanus(ManagedJanusSettings.debian(directory).withSessionTimeout(SESSION_TIMEOUT));
        assertThat(janus.start()).as("Janus must be installed (infra/test installs it: apt-get install janus)")
                .isInstanceOf(JanusStatus.Running.class);
    }

    /** The endpoint with a keep-alive well inside the session timeout. */
    JanusEndpoint endpoint() {
        return janus.endpoint().withKeepAlive(Duration.ofSeconds(1));
    }

    ManagedJanus managed() {
        return janus;
    }

    /** Kills the process as a crash would; the manager starts it again. */
    long kill() {
        long pid = ((JanusStatus.Running) janus.status()).pid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        return pid;
    }

    @Override
    public void close() {
        janus.close();
    }
}
