package vn.hopso.meeting.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the app of one server: a headless {@link Chromium} of its own. Screens are addressed by
 * their hash route ({@code #/delegate}), elements by their {@code data-testid}. It may hold further tabs, each on the
 * server at an address of its own (a {@code TcpProxy} at 127.0.0.2, …, so each keeps its own cookies): every call acts on the current
 * tab.
 */
final class Browser implements AutoCloseable {

    /** Long enough for a loaded 2-core CI machine; a passing wait returns as soon as its condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(20);

    /**
     * Runs before any page script: records {@code alert()} calls instead of opening a dialog, so a test can prove
     * that no injected handler ever called it.
     */
    private static final String ALERT_RECORDER = """
            window.__e2eAlerts = [];
            window.alert = (message) => { window.__e2eAlerts.push(String(message)); };
            """;

    private final String name;
    private final Path screenshots;
    private final Chromium chromium;
    private final ChromeDriver driver;
    /** The base URL of each tab, by window handle. */
    private final Map<String, String> baseUrls = new HashMap<>();
    private final List<String> everyPage = new ArrayList<>();

    private Browser(String name, String baseUrl, Path screenshots, Chromium chromium) {
        this.name = name;
        this.screenshots = screenshots;
        this.chromium = chromium;
        this.driver = chromium.driver();
        baseUrls.put(driver.getWindowHandle(), baseUrl);
    }

    static Browser start(String name, String baseUrl, Path screenshots, @Nullable String language) {
        return start(name, baseUrl, screenshots, language, Chromium.Launch.PLAIN);
    }

    static Browser start(String name, String baseUrl, Path screenshots, @Nullable String language,
            Chromium.Launch launch) {
        Chromium chromium = Chromium.launch(name, language, launch);
        Browser browser = new Browser(name, baseUrl, screenshots, chromium);
        try {
            browser.runOnEveryPage(ALERT_RECORDER);
        } catch (RuntimeException e) {
            chromium.close();
            throw e;
        }
        return browser;
    }

    /**
     * From now on this browser's pages see a laptop clock that is off by {@code shift} (ahead when positive): every
     * {@code Date} made without arguments, and {@code Date.now()}, are shifted.
     */
    void clockShiftedBy(Duration shift) {
        runOnEveryPage("""
                (() => {
                  const shift = %d;
                  const RealDate = Date;
                  class ShiftedDate extends RealDate {
                    constructor(...args) { if (args.length === 0) { super(RealDate.now() + shift); } else { super(...args); } }
                    static now() { return RealDate.now() + shift; }
                  }
                  globalThis.Date = ShiftedDate;
                })();""".formatted(shift.toMillis()));
    }

    /** Runs {@code javaScript} in every page this browser loads from now on, before the page's own scripts. */
    void runOnEveryPage(String javaScript) {
        everyPage.add(javaScript);
        chromium.runOnEveryPage(javaScript);
    }

    /**
     * Opens a new tab on the app at {@code baseUrl} and makes it the current one; its window handle. The scripts
     * given to {@link #runOnEveryPage} run in its pages too.
     */
    String newTab(String baseUrl) {
        driver.switchTo().newWindow(WindowType.TAB);
        String handle = driver.getWindowHandle();
        baseUrls.put(handle, baseUrl);
        everyPage.forEach(chromium::runOnEveryPage);
        return handle;
    }

    /** The tab of this handle is the current one from now on. */
    void switchTo(String handle) {
        driver.switchTo().window(handle);
    }

    /** The current tab's handle. */
    String tab() {
        return driver.getWindowHandle();
    }

    /** Holds the browser off the network, as a dropped hall Wi-Fi would, until {@link #backOnline()}. */
    void offline() {
        chromium.offline(true);
    }

    void backOnline() {
        chromium.offline(false);
    }

    String name() {
        return name;
    }

    WebDriver driver() {
        return driver;
    }

    static By testId(String testId) {
        return By.cssSelector("[data-testid=\"" + testId + "\"]");
    }

    /** Loads the app at a hash route ({@code "#/login"}); from another origin or page this is a full page load. */
    void open(String route) {
        driver.get(baseUrls.get(driver.getWindowHandle()) + "/" + route);
    }

    /** Signs in through the real login page and waits for the person's own screen (its header has a sign-out). */
    void logIn(String username, String password) {
        open("#/login");
        type("login-username", username);
        type("login-password", password);
        click("login-submit");
        find("logout");
    }

    /** The element with this test id, once visible. */
    WebElement find(String testId) {
        return until("[data-testid=" + testId + "] is visible", ExpectedConditions.visibilityOfElementLocated(testId(testId)));
    }

    /** A visible element with this test id inside {@code scope}. */
    WebElement find(SearchContext scope, String testId) {
        return until("[data-testid=" + testId + "] is visible in its form", driver -> {
            List<WebElement> found = scope.findElements(testId(testId));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    boolean has(String testId) {
        return !driver.findElements(testId(testId)).isEmpty();
    }

    String text(String testId) {
        return find(testId).getText();
    }

    void type(String testId, String text) {
        type(find(testId), text);
    }

    void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    void click(String testId) {
        until("[data-testid=" + testId + "] is clickable", ExpectedConditions.elementToBeClickable(testId(testId))).click();
    }

    <T> T until(String what, Function<WebDriver, T> condition) {
        return until(what, PATIENCE, condition);
    }

    <T> T until(String what, Duration patience, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, patience, POLL).withMessage(() -> name + ": " + what).until(condition);
    }

    Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Marks the loaded page; {@link #samePage()} tells whether it is still the same document (no reload). */
    void markPage() {
        script("window.__e2ePage = 'not reloaded';");
    }

    boolean samePage() {
        return "not reloaded".equals(script("return window.__e2ePage;"));
    }

    /** Messages passed to {@code alert()} on the current page. */
    @SuppressWarnings("unchecked")
    List<String> alerts() {
        return (List<String>) script("return window.__e2eAlerts ?? ['(alert recorder missing)'];");
    }

    /** Scrolls {@code subject} to the middle of the window first, so the picture shows what the test is about. */
    Path screenshot(String fileName, WebElement subject) {
        script("arguments[0].scrollIntoView({ block: 'center' });", subject);
        return screenshot(fileName);
    }

    Path screenshot(String fileName) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(fileName + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    @Override
    public void close() {
        chromium.close();
    }
}
