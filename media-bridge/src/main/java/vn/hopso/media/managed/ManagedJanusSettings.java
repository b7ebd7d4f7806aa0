package vn.hopso.media.managed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs its own Janus when no Janus node is configured.
 *
 * @param binary             the {@code janus} executable (Debian: {@code /usr/bin/janus})
 * @param libraries          the folder holding Janus' {@code plugins/} and {@code transports/} (Debian:
 *                           {@code /usr/lib/x86_64-linux-gnu/janus})
 * @param directory          where the generated configuration and Janus' log go (emptied of old configuration)
 * @param port               the HTTP API's port on 127.0.0.1; 0 picks a free one at the first start, kept for restarts
 * @param rtpPorts           the UDP ports media may use, e.g. 20000-40000 (open them in the firewall)
 * @param advertisedAddress  the address Janus puts in its candidates when the machine's own is not the one browsers
 *                           reach (a NAT's public address); none by default
 * @param sessionTimeout     Janus drops a session that sent nothing for this long (Janus' default: 60 s)
 * @param startTimeout       how long a start may take until Janus answers {@code info}
 * @param restartDelay       the wait before a Janus that died is started again
 */
public record ManagedJanusSettings(Path binary, Path libraries, Path directory, int port, PortRange rtpPorts,
        Optional<String> advertisedAddress, Duration sessionTimeout, Duration startTimeout, Duration restartDelay) {

    public static final Path DEBIAN_BINARY = Path.of("/usr/bin/janus");
    public static final Path DEBIAN_LIBRARIES = Path.of("/usr/lib/x86_64-linux-gnu/janus");
    public static final PortRange DEFAULT_RTP_PORTS = new PortRange(20000, 40000);
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_RESTART_DELAY = Duration.ofSeconds(1);

    /** UDP ports, both ends included. */
    public record PortRange(int first, int last) {
        public PortRange {
            if (first < 1024 || last > 65535 || first > last) {
                throw new IllegalArgumentException("an RTP port range lies within 1024-65535: " + first + "-" + last);
            }
        }

        @Override
        public String toString() {
            return first + "-" + last;
        }
    }

    public ManagedJanusSettings {
        Objects.requireNonNull(binary, "binary");
        Objects.requireNonNull(libraries, "libraries");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(rtpPorts, "rtpPorts");
        Objects.requireNonNull(advertisedAddress, "advertisedAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port);
        }
        advertisedAddress.ifPresent(address -> {
            if (!address.matches("[0-9A-Za-z.:-]+")) {
                throw new IllegalArgumentException("an advertised address is an IP address or host name: " + address);
            }
        });
        if (sessionTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("sessionTimeout is at least 1 s: " + sessionTimeout);
        }
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(restartDelay, "restartDelay");
    }

    /** Debian's Janus, a free port, the defaults above, its files in {@code directory}. */
    public static ManagedJanusSettings debian(Path directory) {
        return new ManagedJanusSettings(DEBIAN_BINARY, DEBIAN_LIBRARIES, directory, 0, DEFAULT_RTP_PORTS,
                Optional.empty(), DEFAULT_SESSION_TIMEOUT, DEFAULT_START_TIMEOUT, DEFAULT_RESTART_DELAY);
    }

    public ManagedJanusSettings withSessionTimeout(Duration timeout) {
        return new ManagedJanusSettings(binary, libraries, directory, port, rtpPorts, advertisedAddress, timeout,
                startTimeout, restartDelay);
    }

    public ManagedJanusSettings withBinary(Path executable) {
        return new ManagedJanusSettings(executable, libraries, directory, port, rtpPorts, advertisedAddress,
                sessionTimeout, startTimeout, restartDelay);
    }

    Path videoRoomPlugin() {
        return libraries.resolve("plugins").resolve("libjanus_videoroom.so");
    }

    Path httpTransport() {
        return libraries.resolve("transports").resolve("libjanus_http.so");
    }
}
