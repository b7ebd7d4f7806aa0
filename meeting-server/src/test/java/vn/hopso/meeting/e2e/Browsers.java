package vn.hopso.meeting.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of one test: at most {@value #MAX_OPEN} at once (a 2-core machine), a screenshot and the console of
 * each when the test fails, and every one quit after the test whatever happened.
 */
final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

    static final int MAX_OPEN = 3;

    /** Under the module's {@code target}: surefire runs with the module as working directory and sets basedir. */
    static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
    static final Path SCREENSHOTS = TARGET.resolve("e2e-screenshots");

    private final List<Browser> open = new ArrayList<>();

    /** {@code language} as {@link Chromium#launch} takes it: null for the machine's own. */
    Browser start(String name, String baseUrl, @Nullable String language) {
        return start(name, baseUrl, language, Chromium.Launch.PLAIN);
    }

    Browser start(String name, String baseUrl, @Nullable String language, Chromium.Launch launch) {
        if (open.size() >= MAX_OPEN) {
            throw new IllegalStateException("at most " + MAX_OPEN + " browsers at once on the build machines");
        }
        Browser browser = Browser.start(name, baseUrl, SCREENSHOTS, language, launch);
        open.add(browser);
        return browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        for (Browser browser : open) {
            try {
                Path shot = browser.screenshot("FAILED-" + test + "-" + browser.name());
                System.out.println("E2E failure screenshot of " + browser.name() + ": " + shot);
                browser.consoleLog().forEach(line -> System.out.println("E2E console of " + browser.name() + ": " + line));
            } catch (RuntimeException e) {
                System.out.println("E2E could not record the failure state of " + browser.name() + ": " + e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeException failure = null;
        for (Browser browser : open) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
