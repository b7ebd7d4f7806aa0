package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace of the test's own, joined to the machine by a veth pair with two private addresses, in which the
 * browsers run: their only way out is that pair, so video between them and the server's Janus flows over an interface
 * the test made and removes (Janus gathers no candidates on loopback, and a browser on the machine's own network would
 * use its real interfaces). Chromium runs inside through a wrapper; chromedriver stays outside and drives it over a
 * pipe, which crosses namespaces where a DevTools port would not. Needs root, as CI runs the tests.
 */
final class BrowserNamespace implements AutoCloseable {

    private static final Path IP = Path.of("/usr/sbin/ip");
    private static final Path NFT = Path.of("/usr/sbin/nft");
    private static final String WEAK_LINK = "hopso_weak_link";

    private final String name;
    private final String hostSide;
    private final String hostAddress;
    private final Path wrapper;

    private BrowserNamespace(String name, String hostSide, String hostAddress, Path wrapper) {
        this.name = name;
        this.hostSide = hostSide;
        this.hostAddress = hostAddress;
        this.wrapper = wrapper;
    }

    static BrowserNamespace create() {
        if (!Files.isExecutable(IP)) {
            fail("The video browser test needs %s (Debian package iproute2)", IP);
        }
        int tag = ThreadLocalRandom.current().nextInt(1, 250);
        String name = "hopso-e2e-" + tag + "-" + ProcessHandle.current().pid();
        String hostSide = "hv" + tag + "h";
        String innerSide = "hv" + tag + "n";
        String hostAddress = "10.213." + tag + ".1";
        String innerAddress = "10.213." + tag + ".2";
        run("netns", "add", name);
        try {
            run("link", "add", hostSide, "type", "veth", "peer", "name", innerSide);
            run("link", "set", innerSide, "netns", name);
            run("addr", "add", hostAddress + "/30", "dev", hostSide);
            run("link", "set", hostSide, "up");
            run("-n", name, "addr", "add", innerAddress + "/30", "dev", innerSide);
            run("-n", name, "link", "set", innerSide, "up");
            run("-n", name, "link", "set", "lo", "up");
            Path wrapper = Files.createTempFile("hopso-chromium-in-" + name + "-", ".sh",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.writeString(wrapper, "#!/bin/sh\nexec " + IP + " netns exec " + name + " " + Chromium.BINARY
                    + " \"$@\"\n", StandardCharsets.UTF_8);
            return new BrowserNamespace(name, hostSide, hostAddress, wrapper);
        } catch (IOException | RuntimeException e) {
            remove(name, hostSide);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The machine's address as the browsers see it: where the server and Janus are reached. */
    String hostAddress() {
        return hostAddress;
    }

    /**
     * A browser in the namespace, with a fake camera and microphone it may use without asking, allowed to capture on
     * the plain-HTTP {@code origin} of the server under test, and showing its real addresses to the other end.
     */
    Chromium.Launch launch(String origin) {
        return new Chromium.Launch(wrapper, List.of("--remote-debugging-pipe", "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream", "--unsafely-treat-insecure-origin-as-secure=" + origin,
                "--disable-features=WebRtcHideLocalIpsWithMdns", "--autoplay-policy=no-user-gesture-required"));
    }

    /**
     * A weak link: the namespace drops this share of the UDP packets that reach it (the media from Janus; the socket's
     * TCP is spared), at random, until {@link #mendLink}. A firewall table of the namespace's own (nftables), gone
     * with it.
     */
    void loseToBrowsers(int percent) {
        if (!Files.isExecutable(NFT)) {
            fail("The video browser test needs %s (Debian package nftables) for a weak link", NFT);
        }
        nft("add", "table", "inet", WEAK_LINK);
        nft("add", "chain", "inet", WEAK_LINK, "in", "{ type filter hook input priority 0 ; policy accept ; }");
        nft("add", "rule", "inet", WEAK_LINK, "in", "meta", "l4proto", "udp", "numgen", "random", "mod", "100", "lt",
                String.valueOf(percent), "drop");
    }

    void mendLink() {
        nft("delete", "table", "inet", WEAK_LINK);
    }

    private void nft(String... arguments) {
        List<String> command = new ArrayList<>(List.of("netns", "exec", name, NFT.toString()));
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(wrapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            remove(name, hostSide);
        }
    }

    /** The veth pair goes first (absent if never made, which is no failure), then the namespace, which must. */
    private static void remove(String name, String hostSide) {
        try {
            run("link", "del", hostSide);
        } catch (IllegalStateException absent) {
            // never made, or already gone with its namespace
        }
        run("netns", "del", name);
    }

    private static void run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(IP.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                        + "; the video browser test needs root for a network namespace): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
