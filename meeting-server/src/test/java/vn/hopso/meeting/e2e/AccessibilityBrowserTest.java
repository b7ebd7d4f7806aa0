package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * Scenario f: every screen passes axe-core's WCAG 2 A and AA rules (no serious or critical violation: controls
 * labelled for screen readers, sufficient contrast, valid ARIA, unique ids), and the delegate's agenda and the login
 * form work from the keyboard alone. axe-core comes from the clients' npm dev dependencies and is injected through
 * WebDriver, which the page's Content-Security-Policy does not govern.
 */
class AccessibilityBrowserTest extends BrowserScenario {

    /** The clients' copy, installed by {@code npm ci}, which the Maven build runs before this module's tests. */
    private static final Path AXE = Path.of(System.getProperty("basedir", "."))
            .resolve("../clients/node_modules/axe-core/axe.min.js").normalize();

    /** Violations of these impacts fail the test; "minor" and "moderate" ones are printed only. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * Runs axe once the fonts are in (contrast is measured on the rendered text) and hands back the rules that passed,
     * those it could not decide, and each violation with its nodes' selectors and axe's summary of what to fix.
     */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            document.fonts.ready
              .then(() => axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
                resultTypes: ['violations'],
              }))
              .then((results) => done({
                passed: results.passes.map((rule) => rule.id),
                incomplete: results.incomplete.map((rule) => rule.id + ' (' + rule.nodes.length + ')'),
                violations: results.violations.map((violation) => ({
                  id: violation.id,
                  impact: violation.impact ?? 'none',
                  help: violation.help,
                  nodes: violation.nodes.map((node) => ({
                    target: node.target.map(String).join(' >>> '),
                    html: node.html.slice(0, 160),
                    summary: (node.failureSummary ?? '').replace(/\\s+/g, ' '),
                  })),
                })),
              }))
              .catch((error) => done('axe failed: ' + error));
            """;

    private static final String OPENING = "Khai mạc kỳ họp thứ mười bốn";
    private static final String REPORT = "Báo cáo kết quả giám sát chuyên đề về bồi thường, hỗ trợ, tái định cư";
    private static final String PERSONNEL = "Tờ trình về công tác nhân sự thuộc thẩm quyền của Hội đồng nhân dân tỉnh";
    private static final String LATE = "Tờ trình bổ sung về điều chỉnh kế hoạch đầu tư công trung hạn 2026–2030";

    record Node(String target, String html, String summary) {
    }

    record Violation(String id, String impact, String help, List<Node> nodes) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        String describe(String screen) {
            String targets = nodes.stream().limit(3).map(Node::target).collect(Collectors.joining(" | "));
            String fix = nodes.isEmpty() ? "" : "\n      fix: " + nodes.getFirst().summary()
                    + "\n      html: " + nodes.getFirst().html();
            return "%s: %s [%s] %s (%d node%s: %s)%s".formatted(screen, id, impact, help, nodes.size(),
                    nodes.size() == 1 ? "" : "s", targets, fix);
        }
    }

    /** What axe found on one screen: the rules that passed, those it could not decide (to look at), and violations. */
    record AxeReport(List<String> passed, List<String> incomplete, List<Violation> violations) {

        long blocking() {
            return violations.stream().filter(Violation::blocking).count();
        }

        String summary(String screen) {
            return "A11Y %-22s %2d rules passed, %d violation(s), %d serious or critical%s%s".formatted(screen,
                    passed.size(), violations.size(), blocking(),
                    violations.isEmpty() ? "" : " " + violations.stream().map(v -> v.id() + "[" + v.impact() + "]").toList(),
                    incomplete.isEmpty() ? "" : "; undecided " + incomplete);
        }
    }

    /** A council in session with a realistic agenda, and one person of each kind who has a screen to check. */
    private record Council(TestUser secretary, TestUser chair, TestUser delegate,
                           TestUser operator, String session, String sitting, List<String> items) {
    }

    private Council councilInSession() {
        Organisation council = fixtures().council("HĐND tỉnh Nghệ An");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Nguyễn Thị Thu Hằng");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Trần Quốc Khánh");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Lê Thị Ánh Tuyết");
        fixtures().member(council, Role.DELEGATE, "Phạm Văn Đức");
        fixtures().member(council, Role.DELEGATE, "Hồ Thị Ngọc Ánh");
        TestUser operator = fixtures().member(council, Role.SITE_OPERATOR, "Võ Đình Nghĩa");
        CouncilDesk desk = desk(secretary);
        String session = desk.session(council, "Kỳ họp thứ mười bốn, Hội đồng nhân dân tỉnh khóa XVIII");
        String sitting = desk.sitting(session, "Phiên khai mạc");
        desk.sitting(session, "Phiên chất vấn và trả lời chất vấn");
        List<String> items = new ArrayList<>(List.of(desk.draftItem(sitting, OPENING), desk.draftItem(sitting, REPORT),
                desk.draftItem(sitting, PERSONNEL)));
        desk.describe(items.get(1), REPORT, "Ban Kinh tế – Ngân sách trình bày; đại biểu thảo luận tại hội trường.");
        desk.closeItem(items.get(2), PERSONNEL);
        desk.publishAgenda(sitting);
        String late = desk.draftItem(sitting, LATE);
        desk.publish(late);
        items.add(late);
        desk.site(council, "Hội trường Hội đồng nhân dân tỉnh Nghệ An", operator.membershipId());
        new ChairLink(api(chair)).start(sitting);
        return new Council(secretary, chair, delegate, operator, session, sitting, items);
    }

    @Test
    void everyScreenPassesTheWcagAAndAaRulesOfAxe() {
        String axe = axeSource();
        Council council = councilInSession();
        Map<String, AxeReport> found = new LinkedHashMap<>();
        Browser browser = browser("a11y");

        browser.open("#/login");
        browser.find("login-username");
        found.put("login", check(browser, axe, "f-01-login"));

        browser.logIn(council.delegate().username(), Fixtures.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/delegate");
        delegateViewIsLive(browser, council);
        assertThat(browser.find("agenda-item-" + council.items().get(2)).findElements(By.cssSelector(".badge-closed")))
                .as("the closed item is marked").hasSize(1);
        assertThat(browser.find("agenda-item-" + council.items().getLast()).findElements(By.cssSelector(".badge-late")))
                .as("the item added late is marked").hasSize(1);
        found.put("delegate 1366x768", check(browser, axe, "f-02-delegate-1366"));

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.until("the window is tablet-sized", driver -> ((Number) browser.script("return window.innerWidth;")).intValue() <= 1024);
        delegateViewIsLive(browser, council);
        found.put("delegate 1024x768", check(browser, axe, "f-03-delegate-1024"));
        browser.driver().manage().window().setSize(new Dimension(1366, 768));

        browser.open("#/display/" + council.sitting());
        browser.until("the hall display shows the current item", driver -> OPENING.equals(browser.text("current-item-title")));
        found.put("hall display", check(browser, axe, "f-04-hall-display"));

        switchUser(browser, council.chair());
        browser.find("sitting-link-" + council.sitting());
        found.put("chair sitting chooser", check(browser, axe, "f-05-chair-chooser"));
        browser.click("sitting-link-" + council.sitting());
        browser.find("chair-next");
        browser.find("chair-goto-" + council.items().get(1));
        found.put("chair console", check(browser, axe, "f-06-chair-console"));

        switchUser(browser, council.secretary());
        browser.find("open-session-" + council.session());
        found.put("secretariat sessions", check(browser, axe, "f-07-secretariat-sessions"));
        browser.click("section-members");
        browser.find("member-" + council.operator().membershipId());
        found.put("secretariat members", check(browser, axe, "f-08-secretariat-members"));
        browser.click("section-sessions");
        browser.click("open-session-" + council.session());
        browser.click("open-sitting-" + council.sitting());
        browser.find("agenda-item-" + council.items().getLast());
        browser.find("agenda-form");
        found.put("secretariat agenda", check(browser, axe, "f-09-secretariat-agenda"));

        switchUser(browser, council.operator());
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/site");
        browser.find("site-name");
        browser.until("the site shows its connection online", driver ->
                "online".equals(browser.find("site-connection").getDomAttribute("data-status")));
        browser.until("the site shows the sitting in progress", driver -> OPENING.equals(browser.text("current-item-title")));
        found.put("site operator", check(browser, axe, "f-10-site-operator"));

        found.forEach((screen, report) -> System.out.println(report.summary(screen)));
        found.forEach((screen, report) -> report.violations().forEach(v -> System.out.println("A11Y " + v.describe(screen))));
        found.forEach((screen, report) -> assertThat(report.passed())
                .as("axe evaluated the page of %s, colour contrast included", screen)
                .hasSizeGreaterThan(10).contains("color-contrast"));
        List<String> blocking = found.entrySet().stream()
                .flatMap(entry -> entry.getValue().violations().stream().filter(Violation::blocking)
                        .map(v -> v.describe(entry.getKey())))
                .toList();
        assertThat(blocking).as("serious or critical WCAG 2 A/AA violations found by axe-core on %s", found.keySet())
                .isEmpty();
    }

    @Test
    void theLoginFormAndTheDelegatesAgendaWorkFromTheKeyboardAlone() {
        Organisation council = fixtures().council("HĐND tỉnh Hà Tĩnh");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Đinh Thị Hồng Nhung");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Bùi Xuân Trường");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Nguyễn Hữu Phước");
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp chuyên đề"), "Phiên thảo luận tổ");
        List<String> items = desk.publishedAgenda(sitting, OPENING, REPORT, PERSONNEL);
        new ChairLink(api(chair)).start(sitting);
        String report = items.get(1);

        Browser browser = browser("keyboard");
        browser.open("#/login");
        browser.find("login-username");
        tabTo(browser, "the username field", "[data-testid='login-username']");
        keys(browser, delegate.username(), Keys.TAB);
        assertThat(focused(browser).getDomAttribute("data-testid")).as("Tab after the username").isEqualTo("login-password");
        keys(browser, Fixtures.PASSWORD, Keys.ENTER);
        browser.find("logout");
        assertThat(browser.driver().getCurrentUrl()).as("signed in with the keyboard").endsWith("#/delegate");

        browser.driver().navigate().refresh();
        browser.until("the delegate sees the opening as current", driver -> OPENING.equals(browser.text("current-item-title")));
        assertThat(browser.text("item-details-title")).as("details before any choice").isEqualTo(OPENING);
        WebElement reached = tabTo(browser, "the agenda item " + REPORT,
                "[data-testid='agenda-item-" + report + "'] button.agenda-select");
        assertThat(browser.script("return getComputedStyle(arguments[0]).outlineStyle;", reached))
                .as("the focused agenda item shows a focus ring").isNotEqualTo("none");
        browser.screenshot("f-11-keyboard-focus-on-agenda-item", reached);
        keys(browser, Keys.ENTER);
        browser.until("the details show " + REPORT, driver -> REPORT.equals(browser.text("item-details-title")));
        assertThat(reached.getDomAttribute("aria-pressed")).isEqualTo("true");
        browser.screenshot("f-12-keyboard-opened-item-details");
    }

    private static String axeSource() {
        if (!Files.isRegularFile(AXE)) {
            fail("axe-core is missing at %s: it is a dev dependency of the web client; run npm ci in clients "
                    + "(the Maven build does so before meeting-server's tests)", AXE);
        }
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Injects axe into the page unless it is there already (a hash route change keeps it), runs it, screenshots. */
    @SuppressWarnings("unchecked")
    private static AxeReport check(Browser browser, String axe, String screenshot) {
        browser.until("nothing is still loading", driver -> driver.findElements(By.cssSelector(".loading")).isEmpty());
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(axe);
        }
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(RUN_AXE);
        if (!(result instanceof Map<?, ?> report)) {
            throw new AssertionError(browser.name() + ": " + result);
        }
        browser.screenshot(screenshot);
        List<Violation> violations = ((List<Map<String, Object>>) report.get("violations")).stream()
                .map(violation -> new Violation((String) violation.get("id"), (String) violation.get("impact"),
                        (String) violation.get("help"), ((List<Map<String, Object>>) violation.get("nodes")).stream()
                        .map(node -> new Node((String) node.get("target"), (String) node.get("html"),
                                (String) node.get("summary")))
                        .toList()))
                .toList();
        return new AxeReport((List<String>) report.get("passed"), (List<String>) report.get("incomplete"), violations);
    }

    private static void delegateViewIsLive(Browser browser, Council council) {
        browser.until("the delegate's agenda lists all " + council.items().size() + " items", driver ->
                council.items().stream().allMatch(item -> !driver.findElements(Browser.testId("agenda-item-" + item)).isEmpty()));
        browser.until("the delegate sees the opening as current", driver -> OPENING.equals(browser.text("current-item-title")));
    }

    /** Signs out from the person's own screen (the hall display has no header) and in as {@code user}. */
    private static void switchUser(Browser browser, TestUser user) {
        browser.open("#/");
        browser.click("logout");
        browser.find("login-username");
        browser.logIn(user.username(), Fixtures.PASSWORD);
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * Presses Tab from wherever the focus is (the top of a freshly loaded page) until the element matching
     * {@code selector} has it; fails with the path taken when it is not reached within 40 presses.
     */
    private static WebElement tabTo(Browser browser, String what, String selector) {
        WebElement target = browser.until(what + " is on the page",
                driver -> driver.findElements(By.cssSelector(selector)).stream().findFirst().orElse(null));
        List<String> path = new ArrayList<>();
        for (int press = 1; press <= 40; press++) {
            keys(browser, Keys.TAB);
            WebElement now = focused(browser);
            if (now.equals(target)) {
                return target;
            }
            path.add(Objects.requireNonNullElse(now.getDomAttribute("data-testid"), now.getTagName() + " \""
                    + now.getText().lines().findFirst().orElse("") + "\""));
        }
        throw new AssertionError("Tab never reached " + what + "; focus went through " + path);
    }
}
