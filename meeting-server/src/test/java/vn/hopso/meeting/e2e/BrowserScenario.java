package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;

/**
 * An end-to-end test: the real web app, served by the whole server (one Spring context shared with the other system
 * tests), driven in headless Chromium. Data is prepared through {@link #fixtures()} and the REST API; what a person
 * does is done in the browser.
 */
abstract class BrowserScenario extends ServerTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    protected ApplicationContext server;

    private final List<ApiClient> apis = new ArrayList<>();

    @BeforeEach
    void theWebAppIsServed() {
        try (ApiClient anonymous = new ApiClient(port)) {
            var index = anonymous.get("/");
            assertThat(index.status()).as("GET / of the server under test").isEqualTo(200);
            assertThat(index.raw())
                    .as("the built web app must be on the test classpath (build clients first: cd clients && npm run build)")
                    .contains("<div id=\"app\"", "assets/index-");
        }
    }

    @AfterEach
    void closeApis() {
        apis.forEach(ApiClient::close);
        apis.clear();
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A new browser in the machine's own language, not yet on any page. */
    protected Browser browser(String name) {
        return browsers.start(name, baseUrl(), null);
    }

    /** A new browser whose own language is {@code language} ({@code en-US}: a laptop set up in English). */
    protected Browser browser(String name, String language) {
        return browsers.start(name, baseUrl(), language);
    }

    /** A new browser signed in through the login page, on the person's own screen. */
    protected Browser signedIn(String name, Fixtures.TestUser user) {
        Browser browser = browser(name);
        browser.logIn(user.username(), Fixtures.PASSWORD);
        return browser;
    }

    protected ApiClient api(Fixtures.TestUser user) {
        ApiClient api = login(user);
        apis.add(api);
        return api;
    }

    protected CouncilDesk desk(Fixtures.TestUser secretary) {
        return new CouncilDesk(api(secretary));
    }
}
