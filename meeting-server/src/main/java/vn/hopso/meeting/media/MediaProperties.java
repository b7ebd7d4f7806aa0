package vn.hopso.meeting.media;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hopso.media.managed.ManagedJanusSettings;

/**
 * Video ({@code hopso.media.*}); each field is documented in README.md.
 *
 * @param managed {@code auto} starts Janus as a child process when no {@code janusUri} is set and the {@code janus}
 *     binary is installed; {@code false} never does
 * @param janusUri an external Janus' HTTP API, e.g. {@code http://10.0.0.9:8088/janus}; empty for a managed one
 * @param janusApiSecret the external Janus' {@code api_secret} (a managed Janus gets a fresh one at every start)
 * @param roomSecretKey the key each room's secret is derived from (at least 16 characters); empty for a random key at
 *     every start, which suits a managed Janus (its rooms end with it)
 * @param janusBinary the Janus executable a managed Janus runs
 * @param janusLibraries the folder with Janus' {@code plugins/} and {@code transports/}
 * @param rtpPorts the UDP ports a managed Janus sends and receives media on, e.g. {@code 20000-40000}
 * @param advertisedAddress the address a managed Janus announces to browsers when the machine's own is not the one
 *     they reach (behind NAT); empty for none
 * @param maxPublishers how many participants may send media in one sitting's room at once
 */
@ConfigurationProperties("hopso.media")
public record MediaProperties(
        @DefaultValue("auto") Managed managed,
        @Nullable String janusUri,
        @Nullable String janusApiSecret,
        @Nullable String roomSecretKey,
        @DefaultValue("/usr/bin/janus") Path janusBinary,
        @DefaultValue("/usr/lib/x86_64-linux-gnu/janus") Path janusLibraries,
        @DefaultValue("20000-40000") String rtpPorts,
        @Nullable String advertisedAddress,
        @DefaultValue("100") int maxPublishers) {

    /** Whether the server runs a Janus of its own. */
    public enum Managed {
        AUTO,
        FALSE
    }

    public boolean externalJanus() {
        return given(janusUri);
    }

    ManagedJanusSettings.PortRange rtpPortRange() {
        String[] ends = rtpPorts.split("-", 2);
        if (ends.length != 2) {
            throw new IllegalArgumentException("hopso.media.rtp-ports is FIRST-LAST, e.g. 20000-40000: " + rtpPorts);
        }
        return new ManagedJanusSettings.PortRange(Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[1].trim()));
    }

    static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
