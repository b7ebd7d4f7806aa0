package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.PrivateRedis;
import vn.hopso.meeting.support.ServerNode;
import vn.hopso.meeting.support.TestPostgres;
import vn.hopso.meeting.support.WsClient;

/**
 * Two nodes on a Redis of the test's own, which it stops (or kills) and starts: while Redis is down each node's own
 * clients still see its changes at once, the other node's clients catch up from the log within a heartbeat, health
 * says so, and nothing is lost when Redis comes back; the nodes take up the bus again without a restart.
 */
class TwoNodesWithoutRedisSystemTest {

    private static final Duration BEAT = Duration.ofMillis(500);
    /** One heartbeat, and room for a busy machine (a beat's look at the log, a lane's turn, the client's read). */
    private static final Duration WITHIN_A_BEAT = BEAT.plusMillis(1500);

    private static PrivateRedis redis;
    private static String prefix;
    private static ServerNode nodeA;
    private static ServerNode nodeB;

    @BeforeAll
    static void startNodes() {
        redis = new PrivateRedis();
        String database = TestPostgres.newDatabase();
        prefix = ServerNode.deploymentPrefix();
        String beat = "--hopso.realtime.heartbeat-interval=" + BEAT.toMillis() + "ms";
        nodeA = ServerNode.start(database, redis.uri(), prefix, beat);
        nodeB = ServerNode.start(database, redis.uri(), prefix, beat);
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

    /** How Redis goes away during the sitting, and how it comes back. */
    enum Outage {
        /** The process dies (SIGKILL): connections are refused until a new, empty one starts on the same port. */
        KILLED {
            @Override
            void begin() {
                redis.kill();
            }

            @Override
            void end() {
                redis.start();
            }
        },
        /** The process stops answering with every connection open (SIGSTOP), as on a cut network, then goes on. */
        FROZEN {
            @Override
            void begin() {
                redis.freeze();
            }

            @Override
            void end() {
                redis.thaw();
            }
        };

        abstract void begin();

        abstract void end();
    }

    @ParameterizedTest(name = "Redis {0}")
    @EnumSource(Outage.class)
    void aLiveSittingGoesOnWithoutRedisAndTheBusComesBackWithoutARestart(Outage outage) {
        Fixtures fixtures = nodeA.fixtures();
        Organisation council = fixtures.council("HĐND tỉnh Phiên Không Redis " + outage);
        TestUser an = fixtures.member(council, Role.DELEGATE, "Nguyễn Văn An");
        TestUser binh = fixtures.member(council, Role.DELEGATE, "Trần Thị Bình");
        TestUser cuong = fixtures.member(council, Role.DELEGATE, "Lê Văn Cường");
        TestUser dung = fixtures.member(council, Role.DELEGATE, "Phạm Thị Dung");
        TestUser guest = fixtures.member(council, Role.GUEST);
        TestUser admin = fixtures.systemAdmin(council);
        ApiClient secretariat = nodeA.login(fixtures.member(council, Role.SECRETARIAT));
        ApiClient chair = nodeA.login(fixtures.member(council, Role.CHAIR));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String item = scenario.publishedItem(sitting, "Báo cáo tình hình kinh tế – xã hội");
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        String checkIn = "{\"type\":\"attendance.check_in\",\"sittingId\":\"" + sitting + "\"}";
        String askToSpeak = "{\"type\":\"speakers.request\",\"sittingId\":\"" + sitting + "\",\"itemId\":\""
                + item + "\",\"kind\":\"DISCUSSION\",\"addressee\":null}";
        SittingLog log = new SittingLog(nodeA, council.id(), sitting);

        try (ResumingScreen console = ResumingScreen.following(chair, sitting);
                ResumingScreen anOnA = ResumingScreen.following(nodeA.login(an), sitting);
                ResumingScreen dungOnA = ResumingScreen.following(nodeA.login(dung), sitting);
                ResumingScreen desk = ResumingScreen.following(nodeB.login(fixtures.member(council, Role.SECRETARIAT)),
                        sitting);
                ResumingScreen binhOnB = ResumingScreen.following(nodeB.login(binh), sitting);
                ResumingScreen cuongOnB = ResumingScreen.following(nodeB.login(cuong), sitting);
                ApiClient adminOnA = nodeA.login(admin); ApiClient adminOnB = nodeB.login(admin)) {
            anOnA.send("an-in", checkIn);
            accepted(anOnA.answer("an-in"));
            reachesWithinABeat(log, desk, binhOnB);

            outage.begin();
            try {
                assertThat(health(adminOnA).get("components").get("redis").get("status").asString()).isEqualTo("DOWN");
                assertThat(health(adminOnB).get("components").get("db").get("status").asString()).isEqualTo("UP");
                try (ApiClient balancer = new ApiClient(nodeB.port())) {
                    assertThat(balancer.get("/actuator/health/readiness").status())
                            .as("the node stays ready to take traffic").isEqualTo(200);
                }
                ApiClient.Response presence = secretariat.get("/api/sittings/" + sitting + "/presence");
                assertThat(presence.status()).isEqualTo(503);
                assertThat(presence.body().get("code").asString()).isEqualTo("presence_unavailable");
                assertThat(presence.body().get("message").asString()).isNotBlank();

                // Commands on node A reach node B's screens, and node B's reach node A's, each within a heartbeat.
                dungOnA.send("dung-in", checkIn);
                accepted(dungOnA.answer("dung-in"));
                reachesWithinABeat(log, desk, binhOnB, cuongOnB);
                anOnA.send("an-ask", askToSpeak);
                accepted(anOnA.answer("an-ask"));
                reachesWithinABeat(log, desk, binhOnB, cuongOnB);
                cuongOnB.send("cuong-in", checkIn);
                accepted(cuongOnB.answer("cuong-in"));
                reachesWithinABeat(log, console, anOnA, dungOnA);
                String request = jdbc(nodeA).sql(
                                "select cast(id as text) from speaker_requests where membership_id = ?")
                        .param(an.membershipId()).query(String.class).single();
                console.send("give-an", "{\"type\":\"floor.give\",\"sittingId\":\"" + sitting
                        + "\",\"requestId\":\"" + request + "\",\"limitSeconds\":300}");
                accepted(console.answer("give-an"));
                reachesWithinABeat(log, desk, binhOnB, cuongOnB);

                // A screen opened meanwhile catches up from the log as usual.
                try (ResumingScreen hall = ResumingScreen.following(nodeB.login(guest), sitting)) {
                    log.awaitReceivedExactly(hall);
                }
            } finally {
                outage.end();
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> health(adminOnA).get("status").asString().equals("UP")
                    && health(adminOnB).get("status").asString().equals("UP"));
            String channel = prefix + "sitting-events";
            try (RedisClient client = RedisClient.create(redis.uri()); var listener = client.connectPubSub()) {
                // Both nodes subscribe to the bus again by themselves (health says UP only once they have), and
                // publish to it again.
                assertThat(listener.sync().pubsubNumsub(channel).get(channel)).isEqualTo(2L);
                List<String> onTheBus = new CopyOnWriteArrayList<>();
                listener.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String from, String message) {
                        onTheBus.add(message);
                    }
                });
                listener.sync().subscribe(channel);
                binhOnB.send("binh-ask", askToSpeak);
                accepted(binhOnB.answer("binh-ask"));
                onTheBus(onTheBus, sitting, log.end());
                reachesWithinABeat(log, console, anOnA, dungOnA);
                console.send("end-an", "{\"type\":\"floor.end\",\"sittingId\":\"" + sitting + "\"}");
                accepted(console.answer("end-an"));
                onTheBus(onTheBus, sitting, log.end());
                reachesWithinABeat(log, desk, binhOnB, cuongOnB);
            }
            List<String> connected = List.of(console, anOnA, dungOnA, desk, binhOnB, cuongOnB).stream()
                    .map(screen -> screen.accountId().toString()).sorted().toList();
            await().atMost(Duration.ofSeconds(10)).until(() -> secretariat.get("/api/sittings/" + sitting + "/presence")
                    .body().path("accountIds").valueStream().map(JsonNode::asString).sorted().toList()
                    .equals(connected));

            for (ResumingScreen screen : List.of(console, anOnA, dungOnA, desk, binhOnB, cuongOnB)) {
                log.awaitReceivedExactly(screen);
            }
            for (TestUser present : List.of(an, dung, cuong)) {
                assertThat(jdbc(nodeA).sql("select count(*) from attendance where membership_id = ?")
                        .param(present.membershipId()).query(Integer.class).single()).isEqualTo(1);
            }
            assertThat(jdbc(nodeA).sql("select full_name from speaker_requests where sitting_id = cast(? as uuid)"
                    + " order by position").param(sitting).query(String.class).list())
                    .containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        }
    }

    /** What the last command added to the log reaches each of these screens, on the other node, within a heartbeat. */
    private static void reachesWithinABeat(SittingLog log, ResumingScreen... screens) {
        for (ResumingScreen screen : screens) {
            List<String> owed = log.seenBy(screen.accountId());
            await().atMost(WITHIN_A_BEAT).until(() -> screen.events().containsAll(owed));
        }
    }

    /** The event {@code seq} of the sitting goes over Redis. */
    private static void onTheBus(List<String> messages, String sitting, long seq) {
        await().atMost(Duration.ofSeconds(5)).until(() -> messages.stream()
                .anyMatch(message -> message.startsWith("E ") && message.contains(" " + sitting + " " + seq + " ")));
    }

    private static void accepted(JsonNode answer) {
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("command.accepted");
    }

    private static JsonNode health(ApiClient admin) {
        return admin.get("/actuator/health").body();
    }

    private static JdbcClient jdbc(ServerNode node) {
        return node.bean(JdbcClient.class);
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
