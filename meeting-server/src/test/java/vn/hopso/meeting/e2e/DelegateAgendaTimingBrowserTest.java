package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * Scenario e, a figure rather than a check: how long a signed-in delegate waits from opening the delegate screen to
 * an agenda that answers clicks. Printed and written to {@code target/e2e-figures.json}; only the agenda appearing
 * complete on every run is asserted.
 */
class DelegateAgendaTimingBrowserTest extends BrowserScenario {

    private static final int RUNS = 7;
    private static final int ITEMS = 12;

    /**
     * Installed before the app's scripts on every page: notes {@code performance.now()} (milliseconds since the
     * page's navigation started) at the first DOM change after which every agenda item is an enabled button. The
     * MutationObserver fires in the same task as the render, so the figure carries no polling delay.
     */
    private static final String AGENDA_WATCH = """
            window.__e2eAgendaInteractiveAt = null;
            new MutationObserver((changes, observer) => {
              const buttons = document.querySelectorAll("[data-testid='agenda-list'] li button.agenda-select");
              if (buttons.length === %d && [...buttons].every((button) => !button.disabled)) {
                window.__e2eAgendaInteractiveAt = performance.now();
                observer.disconnect();
              }
            }).observe(document, { childList: true, subtree: true, attributes: true });
            """.formatted(ITEMS);

    record Run(double inBrowserMs, double wallClockMs) {
    }

    @Test
    void measuresHowLongTheDelegateAgendaTakesToBecomeInteractive() {
        Organisation council = fixtures().council("HĐND tỉnh Khánh Hòa");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Mai Thị Thư");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Lý Văn Đo Thời Gian");
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thường lệ cuối năm"), "Phiên thảo luận kinh tế – xã hội");
        desk.publishedAgenda(sitting, IntStream.rangeClosed(1, ITEMS)
                .mapToObj(n -> "Tờ trình số " + n + " về dự thảo nghị quyết của Hội đồng nhân dân tỉnh")
                .toArray(String[]::new));

        Browser browser = signedIn("delegate", delegate);
        browser.runOnEveryPage(AGENDA_WATCH);
        List<Run> runs = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            browser.driver().get("about:blank");
            long start = System.nanoTime();
            browser.open("#/delegate");
            Number inBrowser = browser.until("the agenda of " + ITEMS + " items is interactive",
                    driver -> (Number) browser.script("return window.__e2eAgendaInteractiveAt;"));
            runs.add(new Run(inBrowser.doubleValue(), (System.nanoTime() - start) / 1e6));
            assertThat(browser.text("sitting-title")).isEqualTo("Phiên thảo luận kinh tế – xã hội");
        }
        browser.screenshot("e-01-delegate-agenda-interactive");

        double median = median(runs.stream().map(Run::inBrowserMs).toList());
        double wallClockMedian = median(runs.stream().map(Run::wallClockMs).toList());
        System.out.printf("E2E figure: delegate agenda interactive median %.0f ms over %d runs "
                        + "(navigation start to %d agenda items rendered as enabled buttons, in the browser; "
                        + "seen from the test, polling included: median %.0f ms; runs %s)%n",
                median, RUNS, ITEMS, wallClockMedian, runs.stream().map(r -> Math.round(r.inBrowserMs())).toList());
        writeFigure(runs, median, wallClockMedian);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void writeFigure(List<Run> runs, double median, double wallClockMedian) {
        ObjectNode figure = ApiClient.json().createObjectNode()
                .put("measuredAt", Instant.now().toString())
                .put("what", "time from navigating to the delegate view (signed in) until all " + ITEMS
                        + " agenda items are rendered as enabled buttons, read in the browser with performance.now()")
                .put("runs", RUNS)
                .put("agendaItems", ITEMS)
                .put("medianMs", Math.round(median))
                .put("medianWallClockMs", Math.round(wallClockMedian));
        runs.forEach(run -> figure.withArray("inBrowserMs").add(Math.round(run.inBrowserMs())));
        runs.forEach(run -> figure.withArray("wallClockMs").add(Math.round(run.wallClockMs())));
        ObjectNode figures = ApiClient.json().createObjectNode();
        figures.set("delegateAgendaInteractive", figure);
        try {
            Path file = Browsers.TARGET.resolve("e2e-figures.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, ApiClient.json().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
