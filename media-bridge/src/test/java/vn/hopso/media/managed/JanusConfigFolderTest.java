package vn.hopso.media.managed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JanusConfigFolderTest {

    @TempDir
    Path directory;

    @Test
    void theFolderLoadsOnlyTheHttpTransportAndTheVideoRoom() throws IOException {
        JanusConfigFolder folder = new JanusConfigFolder(ManagedJanusSettings.debian(directory), 18123);

        folder.write("s3cret");

        assertThat(Files.list(folder.folder().resolve("plugins")).map(p -> p.getFileName().toString()))
                .containsExactly("libjanus_videoroom.so");
        assertThat(Files.list(folder.folder().resolve("transports")).map(p -> p.getFileName().toString()))
                .containsExactly("libjanus_http.so");
        assertThat(Files.readSymbolicLink(folder.folder().resolve("plugins/libjanus_videoroom.so")))
                .isEqualTo(ManagedJanusSettings.DEBIAN_LIBRARIES.resolve("plugins/libjanus_videoroom.so"));
        assertThat(Files.readString(folder.folder().resolve("janus.plugin.videoroom.jcfg")))
                .contains("string_ids = true");
    }

    @Test
    void theApiListensOnLoopbackOnlyAndAsksForTheSecret() throws IOException {
        JanusConfigFolder folder = new JanusConfigFolder(ManagedJanusSettings.debian(directory), 18123);

        folder.write("s3cret");

        assertThat(Files.readString(folder.folder().resolve("janus.transport.http.jcfg")))
                .contains("port = 18123", "ip = \"127.0.0.1\"", "admin_http = false");
        assertThat(Files.readString(folder.mainFile()))
                .contains("api_secret = \"s3cret\"", "session_timeout = 60", "rtp_port_range = \"20000-40000\"")
                .doesNotContain("nat_1_1_mapping");
    }

    @Test
    void anAdvertisedAddressGoesIntoTheNatMapping() {
        ManagedJanusSettings defaults = ManagedJanusSettings.debian(directory);
        ManagedJanusSettings advertised = new ManagedJanusSettings(defaults.binary(), defaults.libraries(),
                directory, 0, new ManagedJanusSettings.PortRange(30000, 30100), Optional.of("203.0.113.7"),
                defaults.sessionTimeout(), defaults.startTimeout(), defaults.restartDelay());

        assertThat(new JanusConfigFolder(advertised, 18123).main("x"))
                .contains("nat_1_1_mapping = \"203.0.113.7\"", "rtp_port_range = \"30000-30100\"");
    }

    @Test
    void rewritingTheFolderReplacesTheOldLinks() throws IOException {
        JanusConfigFolder folder = new JanusConfigFolder(ManagedJanusSettings.debian(directory), 18123);
        folder.write("one");

        folder.write("two");

        assertThat(Files.readString(folder.mainFile())).contains("\"two\"").doesNotContain("\"one\"");
        assertThat(Files.list(folder.folder().resolve("plugins"))).hasSize(1);
    }

    @Test
    void eachPortHasAFolderOfItsOwnWhichIsRemovedAfterUse() {
        JanusConfigFolder first = new JanusConfigFolder(ManagedJanusSettings.debian(directory), 18123);
        JanusConfigFolder second = new JanusConfigFolder(ManagedJanusSettings.debian(directory), 18124);
        first.write("one");
        second.write("two");

        first.delete();

        assertThat(first.folder()).doesNotExist();
        assertThat(second.mainFile()).exists();
    }
}
