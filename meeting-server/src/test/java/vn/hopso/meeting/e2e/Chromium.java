package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium (the Debian package) and its chromedriver, with a fresh profile that is deleted when it quits,
 * plus the DevTools commands the tests use. Nothing is downloaded: both executables are named explicitly.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium version; the tests use none
     * (only {@code executeCdpCommand}, which chromedriver carries out), so the warning is noise. Held here so the
     * level set on these loggers is not lost to garbage collection.
     */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /**
     * Starts one whose own language (its interface, {@code navigator.language}, the Accept-Language it sends) is
     * {@code language}, e.g. {@code en-US}, or the machine's when null; fails (never skips) when Chromium or
     * chromedriver is not installed.
     */
    static Chromium launch(String name, @Nullable String language) {
        return launch(name, language, Launch.PLAIN);
    }

    /**
     * How to start the browser: its executable (a wrapper that starts Chromium elsewhere, say in a network namespace)
     * and arguments beyond the usual ones.
     */
    record Launch(Path binary, List<String> arguments) {

        static final Launch PLAIN = new Launch(BINARY, List.of());

        Launch {
            arguments = List.copyOf(arguments);
        }
    }

    static Chromium launch(String name, @Nullable String language, Launch launch) {
        requireInstalled(BINARY, "chromium");
        requireInstalled(DRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("hopso-e2e-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            return new Chromium(profile, service, new ChromeDriver(service, options(profile, language, launch)));
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    private static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            fail("The browser tests need %s, which is missing: install the Debian package %s "
                    + "(infra/test installs it when run as root)", executable, debianPackage);
        }
    }

    private static ChromeOptions options(Path profile, @Nullable String language, Launch launch) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(launch.binary().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1366,768");
        options.addArguments(launch.arguments());
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Runs {@code javaScript} in every page loaded from now on, before the page's own scripts. */
    void runOnEveryPage(String javaScript) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", javaScript));
    }

    /** With DevTools network emulation offline, every new connection, WebSockets included, fails at once. */
    void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path profile) {
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the browser profile " + profile, e);
        }
    }
}
