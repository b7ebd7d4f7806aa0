package vn.hopso.meeting.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hopso.media.managed.ManagedJanusSettings;

class MediaPropertiesTest {

    @Test
    void theRtpPortsAreARangeOfTwoEnds() {
        assertThat(properties(" 30000 - 30999 ").rtpPortRange())
                .isEqualTo(new ManagedJanusSettings.PortRange(30000, 30999));
        assertThatIllegalArgumentException().isThrownBy(() -> properties("30000").rtpPortRange());
        assertThatIllegalArgumentException().isThrownBy(() -> properties("40000-30000").rtpPortRange());
    }

    @Test
    void anEmptyJanusAddressMeansAManagedJanus() {
        assertThat(properties("20000-40000").externalJanus()).isFalse();
        assertThat(new MediaProperties(MediaProperties.Managed.AUTO, "http://10.0.0.9:8088/janus", "s", null,
                Path.of("/usr/bin/janus"), Path.of("/usr/lib"), "20000-40000", null, 100).externalJanus()).isTrue();
    }

    private static MediaProperties properties(String rtpPorts) {
        return new MediaProperties(MediaProperties.Managed.AUTO, " ", null, null, Path.of("/usr/bin/janus"),
                Path.of("/usr/lib"), rtpPorts, null, 100);
    }
}
