package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.connected;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerNode;
import vn.hopso.meeting.support.ServerProcess;
import vn.hopso.meeting.support.TestPostgres;
import vn.hopso.meeting.support.TestRedis;
import vn.hopso.meeting.support.WsClient;

/**
 * A ballot opened with a countdown on a node that is then killed outright (SIGKILL) still closes when its time runs
 * out: the other node's sweep finds it and closes it through the pipeline, once. Nothing on the node that opened it
 * had to survive.
 */
class BallotCountdownNodeKilledSystemTest {

    private ServerProcess victim;
    private ServerNode survivor;

    @BeforeEach
    void deploy() {
        String database = TestPostgres.newDatabase();
        String prefix = ServerNode.deploymentPrefix();
        victim = ServerProcess.launch(database, TestRedis.uri(), prefix);
        survivor = ServerNode.start(database, TestRedis.uri(), prefix);
        victim.awaitReady();
    }

    @AfterEach
    void tearDown() {
        if (survivor != null) {
            survivor.close();
        }
        if (victim != null) {
            victim.close();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theBallotOfAKilledNodeClosesOnTimeOnTheOtherOnce() {
        Fixtures fixtures = survivor.fixtures();
        JdbcClient jdbc = survivor.bean(JdbcClient.class);
        Organisation council = fixtures.council("HĐND tỉnh Nút Hỏng");
        ApiClient secretariat = onTheVictim(fixtures.member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String item = scenario.publishedItem(sitting, "Nghị quyết về giá đất");
        ApiClient chair = onTheVictim(fixtures.member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        TestUser delegate = fixtures.member(council, Role.DELEGATE, "Nguyễn Văn An");
        BallotDesk desk = new BallotDesk(sitting);
        String ballot;
        try (WsClient laptop = connected(onTheVictim(delegate)); WsClient console = connected(chair)) {
            LiveSocket.accepted(laptop, desk.frame("attendance.check_in", "in").toString(), "in");
            ballot = desk.prepare(console, secretariat, item, "MOTION", "Nghị quyết giá đất 2027", false);
            send(console, desk.step("ballot.open", "open", ballot).put("durationSeconds", 10), "open");
            send(laptop, desk.cast("cast", ballot, "YES"), "cast");
        }

        victim.kill();

        UUID id = UUID.fromString(ballot);
        assertThat(jdbc.sql("select state from ballots where id = ?").param(id).query(String.class).single())
                .as("the countdown had not run out when the node that opened the ballot died").isEqualTo("OPEN");
        await().atMost(Duration.ofSeconds(40)).until(() -> jdbc.sql("select state from ballots where id = ?").param(id)
                .query(String.class).single().equals("CLOSED"));
        Map<String, Object> row = jdbc.sql("select closes_at, closed_at from ballots where id = ?").param(id)
                .query().singleRow();
        assertThat(((Timestamp) row.get("closed_at")).toInstant())
                .isAfterOrEqualTo(((Timestamp) row.get("closes_at")).toInstant());
        assertThat(jdbc.sql("select count(*) from ballot_chain where ballot_id = ? and kind = 'closed'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(survivor.login(fixtures.member(council, Role.GUEST)).get("/api/sittings/" + sitting + "/view")
                .body().get("ballots").get(0).get("result").get("outcome").asString()).isEqualTo("PASSED");
    }

    private ApiClient onTheVictim(TestUser user) {
        return ApiClient.loggedIn(victim.port(), user.username(), Fixtures.PASSWORD);
    }
}
