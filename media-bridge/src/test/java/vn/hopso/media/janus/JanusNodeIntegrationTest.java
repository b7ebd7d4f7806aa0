package vn.hopso.media.janus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.media.managed.JanusStatus;

/** The Janus client against a real Janus (session timeout 5 s). */
class JanusNodeIntegrationTest {

    @TempDir
    static Path directory;

    private static RealJanus janus;

    private JanusNode node;
    private final List<String> sessionEvents = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startJanus() {
        janus = new RealJanus(directory);
    }

    @AfterAll
    static void stopJanus() {
        janus.close();
    }

    @BeforeEach
    void connect() {
        node = new JanusNode(janus.endpoint());
        node.addListener(new JanusNode.SessionListener() {
            @Override
            public void sessionLost() {
                sessionEvents.add("lost");
            }

            @Override
            public void sessionRestored(JanusSession session) {
                sessionEvents.add("restored " + session.id());
            }
        });
    }

    @AfterEach
    void disconnect() {
        node.close();
    }

    @Test
    void infoNeedsNoSession() {
        assertThat(node.info().path("version_string").asString()).startsWith("1.");
        assertThat(node.connected()).isFalse();
    }

    @Test
    void aHandleAnswersUntilItIsDetached() {
        JanusHandle handle = node.session().attach(JanusMediaRooms.VIDEOROOM);
        assertThat(handle.request(body("list")).path("videoroom").asString()).isEqualTo("success");

        handle.detach();

        assertThatThrownBy(() -> handle.request(body("list"))).isInstanceOf(JanusHandleLost.class);
    }

    @Test
    void anUnknownPluginIsRefused() {
        assertThatThrownBy(() -> node.session().attach("janus.plugin.nothing"))
                .isInstanceOfSatisfying(JanusRefused.class, refused -> assertThat(refused.code()).isEqualTo(460));
    }

    @Test
    void theKeepAliveHoldsTheSessionPastJanusTimeout() {
        long id = node.session().id();

        await().during(RealJanus.SESSION_TIMEOUT.multipliedBy(2)).atMost(RealJanus.SESSION_TIMEOUT.multipliedBy(3))
                .until(() -> node.connected() && node.session().id() == id);
        assertThat(node.session().attach(JanusMediaRooms.VIDEOROOM).id()).isPositive();
        assertThat(sessionEvents).isEmpty();
    }

    @Test
    void aSessionJanusDropsIsNoticedAndReplaced() {
        long id = node.session().id();
        try (JanusHttp other = new JanusHttp(janus.endpoint())) {
            other.post("/" + id, other.message("destroy"));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> sessionEvents.size() == 2);
        assertThat(sessionEvents.getFirst()).isEqualTo("lost");
        assertThat(sessionEvents.get(1)).startsWith("restored ").isNotEqualTo("restored " + id);
        assertThat(node.session().id()).isNotEqualTo(id);
    }

    @Test
    void aWrongApiSecretIsRefused() {
        JanusEndpoint good = janus.endpoint();
        try (JanusNode intruder = new JanusNode(new JanusEndpoint(good.uri(), "not-the-secret", good.keepAlive(),
                good.requestTimeout(), good.reconnectDelay()))) {
            assertThatThrownBy(intruder::session).isInstanceOfSatisfying(JanusUnauthorized.class,
                    refused -> assertThat(refused.code()).isEqualTo(403));
        }
    }

    @Test
    void afterJanusIsKilledTheManagerRestartsItAndTheClientReconnects() {
        long id = node.session().id();
        long pid = janus.kill();

        await().atMost(Duration.ofSeconds(30)).until(() -> sessionEvents.size() == 2);
        assertThat(sessionEvents).first().isEqualTo("lost");
        assertThat(janus.managed().status()).isInstanceOfSatisfying(JanusStatus.Running.class,
                running -> assertThat(running.pid()).isNotEqualTo(pid));
        assertThat(node.session().id()).isNotEqualTo(id);
        assertThat(node.session().attach(JanusMediaRooms.VIDEOROOM).request(body("list")).path("videoroom")
                .asString()).isEqualTo("success");
    }

    private static ObjectNode body(String request) {
        return JanusHttp.JSON.createObjectNode().put("request", request);
    }
}
