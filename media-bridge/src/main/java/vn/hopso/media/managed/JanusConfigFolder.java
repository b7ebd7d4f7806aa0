package vn.hopso.media.managed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Writes the configuration folder a managed Janus starts from: the HTTP transport alone, on 127.0.0.1, the VideoRoom
 * plugin alone (with string ids), the API secret, the RTP ports and the advertised address. Janus loads every library
 * of its plugin and transport folders, so those folders hold links to just the two we use. Each Janus has a folder of
 * its own, named after its port, so that several servers sharing a data folder (tests, a second node) never read
 * each other's secret.
 */
final class JanusConfigFolder {

    private final ManagedJanusSettings settings;
    private final int port;
    private final Path folder;

    JanusConfigFolder(ManagedJanusSettings settings, int port) {
        this.settings = settings;
        this.port = port;
        this.folder = settings.directory().resolve("conf-" + port);
    }

    Path folder() {
        return folder;
    }

    Path mainFile() {
        return folder.resolve("janus.jcfg");
    }

    /** Writes (or rewrites) the folder with the given API secret. */
    void write(String apiSecret) {
        try {
            Files.createDirectories(folder);
            link(folder.resolve("plugins"), settings.videoRoomPlugin());
            link(folder.resolve("transports"), settings.httpTransport());
            Files.createDirectories(folder.resolve("none"));
            Files.writeString(mainFile(), main(apiSecret));
            Files.writeString(folder.resolve("janus.transport.http.jcfg"), http(port));
            Files.writeString(folder.resolve("janus.plugin.videoroom.jcfg"), "general: {\n\tstring_ids = true\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write Janus' configuration in " + folder, e);
        }
    }

    String main(String apiSecret) {
        String nat = settings.advertisedAddress().map(address -> "\tnat_1_1_mapping = \"" + address + "\"\n")
                .orElse("");
        return "general: {\n"
                + "\tconfigs_folder = \"" + folder + "\"\n"
                + "\tplugins_folder = \"" + folder.resolve("plugins") + "\"\n"
                + "\ttransports_folder = \"" + folder.resolve("transports") + "\"\n"
                + "\tevents_folder = \"" + folder.resolve("none") + "\"\n"
                + "\tloggers_folder = \"" + folder.resolve("none") + "\"\n"
                + "\tlog_to_stdout = true\n"
                + "\tdebug_level = 4\n"
                + "\tapi_secret = \"" + apiSecret + "\"\n"
                + "\tsession_timeout = " + settings.sessionTimeout().toSeconds() + "\n"
                + "\tserver_name = \"hopso\"\n"
                + "\thide_dependencies = true\n"
                + "}\n"
                + "media: {\n\trtp_port_range = \"" + settings.rtpPorts() + "\"\n}\n"
                + "nat: {\n\tnice_debug = false\n" + nat + "}\n"
                + "plugins: {\n}\ntransports: {\n}\nloggers: {\n}\nevents: {\n}\n";
    }

    /** Removes the folder (a Janus running from it has read it already). */
    void delete() {
        if (!Files.exists(folder)) {
            return;
        }
        try (var tree = Files.walk(folder)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove Janus' configuration in " + folder, e);
        }
    }

    private static String http(int port) {
        return "general: {\n\tjson = \"plain\"\n\tbase_path = \"/janus\"\n\thttp = true\n\tport = " + port + "\n"
                + "\tip = \"127.0.0.1\"\n\thttps = false\n}\n"
                + "admin: {\n\tadmin_http = false\n\tadmin_https = false\n}\n";
    }

    private static void link(Path directory, Path library) throws IOException {
        Files.createDirectories(directory);
        try (var old = Files.list(directory)) {
            for (Path entry : old.toList()) {
                Files.delete(entry);
            }
        }
        Files.createSymbolicLink(directory.resolve(library.getFileName()), library);
    }
}
