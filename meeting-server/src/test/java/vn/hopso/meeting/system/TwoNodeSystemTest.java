package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerNode;
import vn.hopso.meeting.support.TestPostgres;
import vn.hopso.meeting.support.TestRedis;
import vn.hopso.meeting.support.WsClient;

/** Two server instances on one PostgreSQL and one Redis, as behind a load balancer. */
class TwoNodeSystemTest {

    private static ServerNode nodeA;
    private static ServerNode nodeB;

    @BeforeAll
    static void startNodes() {
        String database = TestPostgres.newDatabase();
        String prefix = ServerNode.deploymentPrefix();
        nodeA = ServerNode.start(database, TestRedis.uri(), prefix);
        nodeB = ServerNode.start(database, TestRedis.uri(), prefix);
    }

    @AfterAll
    static void stopNodes() {
        nodeB.close();
        nodeA.close();
    }

    @Test
    void anEventCommittedThroughNodeAReachesAWebSocketClientOfNodeB() {
        Fixtures fixtures = nodeA.fixtures();
        Organisation council = fixtures.council("HĐND tỉnh Hai Nút");
        Fixtures.TestUser secretariatUser = fixtures.member(council, Role.SECRETARIAT);
        Fixtures.TestUser delegateUser = fixtures.member(council, Role.DELEGATE);

        try (ApiClient secretariat = ApiClient.loggedIn(port(nodeA), secretariatUser.username(), Fixtures.PASSWORD);
                ApiClient delegate = ApiClient.loggedIn(port(nodeB), delegateUser.username(), Fixtures.PASSWORD)) {
            SittingScenario scenario = new SittingScenario(secretariat);
            String sitting = scenario.sitting(scenario.session(council.id().toString()), false);

            try (WsClient onB = WsClient.connect(delegate)) {
                onB.nextOfType("session.welcome");
                onB.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
                onB.nextOfType("sitting.subscribed");

                String item = scenario.item(sitting, "Nghị quyết về học phí", false).get("id").asString();
                secretariat.post("/api/agenda-items/" + item + "/publish", Map.of());

                JsonNode published = onB.nextOfType("agenda.published");
                assertThat(published.get("item").get("title").asString()).isEqualTo("Nghị quyết về học phí");
                assertThat(published.get("seq").asLong()).isEqualTo(3);

                // Presence travels through Redis too: node A knows who is connected to node B.
                String delegateAccount = delegate.get("/api/me").body().get("accountId").asString();
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        secretariat.get("/api/sittings/" + sitting + "/presence").body().get("accountIds")
                                .valueStream().map(JsonNode::asString)).containsExactly(delegateAccount));
            }
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                    secretariat.get("/api/sittings/" + sitting + "/presence").body().get("accountIds")).isEmpty());
        }
    }

    @Test
    void aListChangedThroughNodeAIsAnnouncedToTheOrganisationsScreensOnNodeB() {
        Fixtures fixtures = nodeA.fixtures();
        Organisation council = fixtures.council("HĐND tỉnh Hai Bàn Thư Ký");
        Fixtures.TestUser writer = fixtures.member(council, Role.SECRETARIAT);
        Fixtures.TestUser reader = fixtures.member(council, Role.SECRETARIAT);
        try (ApiClient onA = ApiClient.loggedIn(port(nodeA), writer.username(), Fixtures.PASSWORD);
                ApiClient onB = ApiClient.loggedIn(port(nodeB), reader.username(), Fixtures.PASSWORD);
                WsClient screenOnB = WsClient.connect(onB)) {
            screenOnB.nextOfType("session.welcome");
            var created = onA.post("/api/organisations/" + council.id() + "/sites",
                    Map.of("name", "Điểm cầu xã Hai Nút", "level", "COMMUNE", "kind", "MEETING_ROOM"));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);

            JsonNode changed = screenOnB.nextOfType("organisation.changed");
            assertThat(changed.get("organisationId").asString()).isEqualTo(council.id().toString());
            assertThat(changed.get("list").asString()).isEqualTo("SITES");
        }
    }

    @Test
    void aLoginMadeOnNodeAIsKnownToNodeB() throws Exception {
        Fixtures fixtures = nodeA.fixtures();
        Fixtures.TestUser chair = fixtures.member(fixtures.council("HĐND tỉnh Phiên Chung"), Role.CHAIR);
        try (ApiClient onA = ApiClient.loggedIn(port(nodeA), chair.username(), Fixtures.PASSWORD);
                HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port(nodeB) + "/api/me"))
                    .header("Cookie", onA.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(ApiClient.json().readTree(me.body()).get("username").asString()).isEqualTo(chair.username());
        }
    }

    private static int port(ServerNode node) {
        return node.port();
    }
}
