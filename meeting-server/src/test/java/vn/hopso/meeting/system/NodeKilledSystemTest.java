package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerNode;
import vn.hopso.meeting.support.ServerProcess;
import vn.hopso.meeting.support.TcpProxy;
import vn.hopso.meeting.support.TestPostgres;
import vn.hopso.meeting.support.TestRedis;

/**
 * Two nodes behind one address on one PostgreSQL and one Redis. The node every screen went to runs in a process of
 * its own and is killed outright (SIGKILL) during the sitting, while delegates' commands are on their way to it: one
 * carried out whose answer never came back, two waiting for the sitting's lock, one sent into the dead connection.
 * The screens reconnect through the same address, land on the other node, resume after the last event they had and
 * send again what had no answer, under the same commandId.
 */
class NodeKilledSystemTest {

    private static final String BEAT = "--hopso.realtime.heartbeat-interval=500ms";
    /** With it this test reads the doomed node's metrics, as a Prometheus scraper would. */
    private static final String METRICS = "metrics-of-the-doomed-node";

    private String database;
    private ServerProcess victim;
    private ServerNode survivor;
    private TcpProxy address;
    private JdbcClient jdbc;
    private Fixtures fixtures;
    private Organisation council;

    @BeforeEach
    void deploy() {
        database = TestPostgres.newDatabase();
        String prefix = ServerNode.deploymentPrefix();
        // The victim boots in its own JVM while this one starts the survivor.
        victim = ServerProcess.launch(database, TestRedis.uri(), prefix, BEAT, "--hopso.metrics.token=" + METRICS);
        survivor = ServerNode.start(database, TestRedis.uri(), prefix, BEAT);
        victim.awaitReady();
        address = TcpProxy.to(victim.port(), survivor.port());
        jdbc = survivor.bean(JdbcClient.class);
        fixtures = survivor.fixtures();
        council = fixtures.council("HĐND tỉnh Mất Nút");
    }

    @AfterEach
    void tearDown() {
        if (address != null) {
            address.close();
        }
        if (survivor != null) {
            survivor.close();
        }
        if (victim != null) {
            victim.close();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void screensOfAKilledNodeResumeOnTheOtherMissingNothingAndEveryCommandIsCarriedOutOnce() throws Exception {
        TestUser an = fixtures.member(council, Role.DELEGATE, "Nguyễn Văn An");
        TestUser binh = fixtures.member(council, Role.DELEGATE, "Trần Thị Bình");
        TestUser cuong = fixtures.member(council, Role.DELEGATE, "Lê Văn Cường");
        TestUser dung = fixtures.member(council, Role.DELEGATE, "Phạm Thị Dung");
        ApiClient secretariat = throughTheAddress(fixtures.member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String item = scenario.publishedItem(sitting, "Thảo luận kinh tế – xã hội");
        SittingScenario.startAndGoTo(throughTheAddress(fixtures.member(council, Role.CHAIR)), sitting, null, null);
        String checkIn = "{\"type\":\"attendance.check_in\",\"sittingId\":\"" + sitting + "\"}";
        String askToSpeak = "{\"type\":\"speakers.request\",\"sittingId\":\"" + sitting + "\",\"itemId\":\"" + item
                + "\",\"kind\":\"DISCUSSION\",\"addressee\":null}";

        try (ResumingScreen desk = ResumingScreen.following(secretariat, sitting);
                ResumingScreen anScreen = ResumingScreen.following(throughTheAddress(an), sitting);
                ResumingScreen binhScreen = ResumingScreen.following(throughTheAddress(binh), sitting);
                ResumingScreen cuongScreen = ResumingScreen.following(throughTheAddress(cuong), sitting);
                ResumingScreen dungScreen = ResumingScreen.following(throughTheAddress(dung), sitting);
                ResumingScreen hall = ResumingScreen.following(
                        survivor.login(fixtures.member(council, Role.GUEST)), sitting)) {
            List<ResumingScreen> moved = List.of(desk, anScreen, binhScreen, cuongScreen, dungScreen);
            assertThat(address.connectionsTo(victim.port())).isGreaterThanOrEqualTo(moved.size());
            assertThat(address.connectionsTo(survivor.port())).as("everyone came in on the first node").isZero();

            anScreen.send("an-in", checkIn);
            assertAccepted(anScreen.answer("an-in"), false);

            // From here on nothing the doomed node sends arrives: Bình's check-in is carried out, his answer lost.
            address.loseRepliesFrom(victim.port());
            binhScreen.send("binh-in", checkIn);
            await().atMost(Duration.ofSeconds(20)).until(() -> attendanceRows(binh) == 1);
            try (Connection lock = sittingLocked(sitting)) {
                // Cường's request reaches the node and waits for the sitting's row lock; An's waits behind it for
                // the sitting's turn on that node.
                cuongScreen.send("cuong-ask", askToSpeak);
                await().atMost(Duration.ofSeconds(20)).until(() -> waitingForALock() == 1);
                anScreen.send("an-ask", askToSpeak);
                await().atMost(Duration.ofSeconds(20)).until(() -> commandsWaitingOnTheVictim() == 1);
                assertThat(waitingForALock()).as("one command per sitting holds a connection").isEqualTo(1);

                victim.kill();
                // Dũng's check-in goes into a connection whose node is already dead.
                dungScreen.send("dung-in", checkIn);
                lock.rollback();
            }
            moved.forEach(ResumingScreen::resume);
            assertThat(address.connectionsTo(victim.port())).isZero();

            assertAccepted(binhScreen.answer("binh-in"), true);
            assertAccepted(cuongScreen.answer("cuong-ask"), false);
            assertAccepted(anScreen.answer("an-ask"), false);
            assertAccepted(dungScreen.answer("dung-in"), false);

            assertThat(attendanceRows(an)).isEqualTo(1);
            assertThat(attendanceRows(binh)).isEqualTo(1);
            assertThat(attendanceRows(cuong)).isZero();
            assertThat(attendanceRows(dung)).isEqualTo(1);
            assertThat(speakerRequests(an, item)).isEqualTo(1);
            assertThat(speakerRequests(cuong, item)).isEqualTo(1);
            assertThat(speakerRequests(binh, item) + speakerRequests(dung, item)).isZero();

            SittingLog log = new SittingLog(survivor, council.id(), sitting);
            List<ResumingScreen> screens = List.of(desk, anScreen, binhScreen, cuongScreen, dungScreen, hall);
            screens.forEach(log::awaitReceivedExactly);
            // Each clearance is sent its own version of some events: between them, the screens had every number.
            assertThat(screens.stream().flatMap(screen -> screen.events().stream())
                    .map(text -> ApiClient.json().readTree(text).get("seq").asLong()).distinct().sorted())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, log.end()).boxed().toList());

            JsonNode view = throughTheAddress(dung).get("/api/sittings/" + sitting + "/view").body();
            assertThat(view.get("lastSeq").asLong()).isEqualTo(log.end());
            assertThat(view.get("quorum").get("present").asInt()).isEqualTo(3);
            assertThat(view.get("speakers").findValuesAsString("fullName"))
                    .containsExactlyInAnyOrder("Nguyễn Văn An", "Lê Văn Cường");
        }
    }

    private ApiClient throughTheAddress(TestUser user) {
        return ApiClient.loggedIn(address.port(), user.username(), Fixtures.PASSWORD);
    }

    /** Holds the sitting's row lock, as a long command on some node would, until rolled back. */
    private Connection sittingLocked(String sitting) throws SQLException {
        Connection connection = DriverManager.getConnection(database, "postgres", "");
        connection.setAutoCommit(false);
        try (var statement = connection.prepareStatement("select 1 from sittings where id = ? for update")) {
            statement.setObject(1, UUID.fromString(sitting));
            statement.execute();
        }
        return connection;
    }

    /** The doomed node's gauge of commands waiting for their sitting's turn, read from its Prometheus page. */
    private int commandsWaitingOnTheVictim() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String page = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + victim.port() + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + METRICS).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            return page.lines().filter(line -> line.startsWith("hopso_commands_waiting "))
                    .mapToInt(line -> (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim()))
                    .findFirst().orElseThrow(() -> new AssertionError("no hopso_commands_waiting in " + page));
        }
    }

    private int waitingForALock() {
        return jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'").query(Integer.class).single();
    }

    private int attendanceRows(TestUser delegate) {
        return jdbc.sql("select count(*) from attendance where membership_id = ?").param(delegate.membershipId())
                .query(Integer.class).single();
    }

    private int speakerRequests(TestUser delegate, String item) {
        return jdbc.sql("select count(*) from speaker_requests where membership_id = ? and item_id = ?")
                .params(delegate.membershipId(), UUID.fromString(item)).query(Integer.class).single();
    }

    private static void assertAccepted(JsonNode answer, boolean repeated) {
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("command.accepted");
        assertThat(answer.get("repeated").asBoolean()).as(answer.toString()).isEqualTo(repeated);
    }
}
