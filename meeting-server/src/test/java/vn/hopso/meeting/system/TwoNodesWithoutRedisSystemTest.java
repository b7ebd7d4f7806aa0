package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.PrivateRedis;
import vn.hopso.meeting.support.ServerNode;
import vn.hopso.meeting.support.TestPostgres;
import vn.hopso.meeting.support.WsClient;

/**
 * Two nodes on a Redis of the test's own, which it stops and starts: while Redis is down each node's own clients still
 * see its changes at once, the other node's clients catch up from the log within a heartbeat, health says so, and
 * nothing is lost when Redis comes back.
 */
class TwoNodesWithoutRedisSystemTest {

    private static PrivateRedis redis;
    private static ServerNode nodeA;
    private static ServerNode nodeB;

    @BeforeAll
    static void startNodes() {
        redis = new PrivateRedis();
        String database = TestPostgres.newDatabase();
        String prefix = ServerNode.deploymentPrefix();
        nodeA = ServerNode.start(database, redis.uri(), prefix, "--hopso.realtime.heartbeat-interval=500ms");
        nodeB = ServerNode.start(database, redis.uri(), prefix, "--hopso.realtime.heartbeat-interval=500ms");
    }

    @AfterAll
    static void stopNodes() {
        nodeB.close();
        nodeA.close();
        redis.close();
    }

    @Test
    void whileRedisIsDownChangesReachTheirOwnNodeAtOnceAndTheOtherNodeFromTheLog() {
        Fixtures fixtures = nodeA.fixtures();
        Organisation council = fixtures.council("HĐND tỉnh Mất Redis");
        try (ApiClient secretariat = nodeA.login(fixtures.member(council, Role.SECRETARIAT));
                ApiClient delegateOnA = nodeA.login(fixtures.member(council, Role.DELEGATE));
                ApiClient delegateOnB = nodeB.login(fixtures.member(council, Role.DELEGATE))) {
            SittingScenario scenario = new SittingScenario(secretariat);
            String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
            try (WsClient onA = subscribed(delegateOnA, sitting); WsClient onB = subscribed(delegateOnB, sitting)) {
                redis.stop();
                try {
                    String title = "Nghị quyết khi Redis ngừng";
                    scenario.publishedItem(sitting, title);
                    assertThat(onA.nextOfType("agenda.published").get("item").get("title").asString()).isEqualTo(title);
                    assertThat(onB.nextOfType("agenda.published").get("item").get("title").asString()).isEqualTo(title);
                    assertThat(redisHealth(nodeA)).isEqualTo("DOWN");
                } finally {
                    redis.start();
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(redisHealth(nodeA)));
                String after = "Nghị quyết khi Redis chạy lại";
                scenario.publishedItem(sitting, after);
                assertThat(onB.nextOfType("agenda.published").get("item").get("title").asString()).isEqualTo(after);
            }
        }
    }

    @Test
    void loggingOutOnOneNodeClosesTheSessionsSocketOnTheOtherAtOnce() {
        Fixtures fixtures = nodeA.fixtures();
        Organisation council = fixtures.council("HĐND tỉnh Hai Nơi");
        Fixtures.TestUser delegate = fixtures.member(council, Role.DELEGATE);
        try (ApiClient onA = nodeA.login(delegate); WsClient socketOnB = socketOn(nodeB, onA)) {
            socketOnB.nextOfType("session.welcome");
            assertThat(onA.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
            assertThat(socketOnB.nextOfType("error").get("code").asString()).isEqualTo("access_revoked");
            assertThat(socketOnB.closed().orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4401);
        }
    }

    /** A WebSocket to {@code node} riding the browser session made on another node. */
    private static WsClient socketOn(ServerNode node, ApiClient session) {
        return WsClient.connect(session, URI.create("ws://127.0.0.1:" + node.port() + "/ws"));
    }

    private static WsClient subscribed(ApiClient api, String sitting) {
        WsClient client = WsClient.connect(api);
        client.nextOfType("session.welcome");
        client.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
        client.nextOfType("sitting.subscribed");
        return client;
    }

    /** The node's health as an administrator sees it (the public answer is only UP or DOWN). */
    private static String redisHealth(ServerNode node) {
        return node.bean(org.springframework.boot.health.actuate.endpoint.HealthEndpoint.class).healthForPath("redis")
                .getStatus().getCode();
    }
}
