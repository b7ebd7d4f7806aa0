package vn.hopso.meeting.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * A ballot opened with a countdown closes when it runs out, through the command pipeline as the chair's close, once
 * however many nodes sweep for it at the same moment. The sweep is given the time to act at, as a clock would: the
 * countdowns here are an hour long, so the server's own sweep, on the real clock, never reaches them.
 */
class BallotCountdownTest extends ServerTest {

    @Autowired
    private BallotCountdown countdown;

    private ApiClient chair;
    private String sitting;
    private String item;
    private TestUser delegate;

    @BeforeEach
    void aSittingInProgressWithOneDelegatePresent() {
        Organisation council = fixtures().council("HĐND tỉnh Đếm Ngược");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        String session = created(secretariat.post("/api/organisations/" + council.id() + "/sessions", Map.of(
                "name", "Kỳ họp thứ nhất", "number", 1, "startsOn", "2026-12-08", "endsOn", "2026-12-10")));
        sitting = created(secretariat.post("/api/sessions/" + session + "/sittings", Map.of("title", "Phiên khai mạc",
                "startsAt", "2026-12-08T01:00:00Z", "endsAt", "2026-12-08T04:00:00Z", "place", "Hội trường",
                "closed", false)));
        item = created(secretariat.post("/api/sittings/" + sitting + "/agenda", Map.of("title", "Nghị quyết biên chế",
                "presenter", "Giám đốc Sở Nội vụ", "estimatedMinutes", 20, "closed", false)));
        assertThat(secretariat.post("/api/agenda-items/" + item + "/publish", Map.of()).status()).isEqualTo(200);
        chair = login(fixtures().member(council, Role.CHAIR));
        delegate = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        try (WsClient console = connected(chair); WsClient laptop = connected(login(delegate))) {
            accepted(console, frame("sitting.start", "start"));
            accepted(laptop, frame("attendance.check_in", "in"));
        }
    }

    @Test
    void theBallotClosesWhenItsCountdownRunsOutAndOnceForTwoNodesSweepingTogether() throws Exception {
        try (WsClient console = connected(chair); WsClient screen = subscribed(chair)) {
            String ballot = prepared(console, "Nghị quyết biên chế năm 2027");
            accepted(console, frame("ballot.open", "open", "ballotId", ballot, "durationSeconds", 3600));
            JsonNode opened = screen.next(changed("OPEN")).get("ballot");
            Instant closesAt = Instant.parse(opened.get("closesAt").asString());
            assertThat(Duration.between(Instant.parse(opened.get("openedAt").asString()), closesAt))
                    .isEqualTo(Duration.ofHours(1));
            try (WsClient laptop = connected(login(delegate))) {
                accepted(laptop, frame("ballot.cast", "cast", "ballotId", ballot, "choice", "YES"));
            }

            assertThat(countdown.closeOverdue(closesAt.minusMillis(1))).as("a moment before").isZero();
            assertThat(state(ballot)).isEqualTo("OPEN");

            var nodes = Executors.newFixedThreadPool(2);
            try {
                var first = CompletableFuture.supplyAsync(() -> countdown.closeOverdue(closesAt), nodes);
                var second = CompletableFuture.supplyAsync(() -> countdown.closeOverdue(closesAt.plusMillis(5)), nodes);
                assertThat(first.get() + second.get()).as("closed once").isEqualTo(1);
            } finally {
                nodes.shutdown();
            }
            JsonNode closed = screen.next(changed("CLOSED")).get("ballot");
            assertThat(closed.get("result").get("outcome").asString()).isEqualTo("PASSED");
            assertThat(closed.get("closesAt").asString()).isEqualTo(closesAt.toString());
            assertThat(countdown.closeOverdue(closesAt.plusSeconds(60))).as("already closed: nothing to do").isZero();
            assertThat(count("select count(*) from ballot_chain where ballot_id = ? and kind = 'closed'", ballot))
                    .isEqualTo(1);
            assertThat(count("select count(*) from sitting_events where sitting_id = ? and type = 'ballot.changed'"
                    + " and frame::jsonb -> 'ballot' ->> 'state' = 'CLOSED'", sitting)).isEqualTo(1);
            assertThat(jdbc.sql("select details ->> 'closesAt' from audit_log where target_id = ? and action = 'ballot.open'")
                    .param(UUID.fromString(ballot)).query(String.class).single()).isEqualTo(closesAt.toString());
            assertThat(count("select count(*) from audit_log where target_id = ? and action = 'ballot.close'"
                    + " and actor_username = 'he-thong'", ballot)).isEqualTo(1);
        }
    }

    @Test
    void aCountdownOutsideTenSecondsToAnHourIsRefusedAndTheBallotStaysADraft() {
        try (WsClient console = connected(chair)) {
            String ballot = prepared(console, "Phiếu đếm ngược sai");
            for (int seconds : List.of(9, 0, 3601)) {
                JsonNode answer = answer(console, frame("ballot.open", "o" + seconds, "ballotId", ballot,
                        "durationSeconds", seconds));
                assertThat(answer.get("code").asString()).as(seconds + " s").isEqualTo("countdown_out_of_range");
            }
            assertThat(state(ballot)).isEqualTo("DRAFT");
        }
    }

    private String prepared(WsClient console, String title) {
        accepted(console, frame("ballot.create", "create", "itemId", item, "kind", "MOTION", "title", title,
                "secret", false));
        return jdbc.sql("select id from ballots where sitting_id = ? and title = ?")
                .params(UUID.fromString(sitting), title).query(UUID.class).single().toString();
    }

    private String state(String ballot) {
        return jdbc.sql("select state from ballots where id = ?").param(UUID.fromString(ballot)).query(String.class)
                .single();
    }

    private int count(String query, String id) {
        return jdbc.sql(query).param(UUID.fromString(id)).query(Integer.class).single();
    }

    private String frame(String type, String ref, Object... fields) {
        var frame = ApiClient.json().createObjectNode().put("type", type).put("ref", ref).put("sittingId", sitting);
        for (int i = 0; i < fields.length; i += 2) {
            frame.set((String) fields[i], ApiClient.json().valueToTree(fields[i + 1]));
        }
        return frame.toString();
    }

    private static Predicate<JsonNode> changed(String state) {
        return f -> f.path("type").asString().equals("ballot.changed")
                && f.get("ballot").get("state").asString().equals(state);
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    private static WsClient connected(ApiClient client) {
        WsClient socket = WsClient.connect(client);
        socket.nextOfType("session.welcome");
        return socket;
    }

    private WsClient subscribed(ApiClient client) {
        WsClient socket = connected(client);
        socket.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
        socket.nextOfType("sitting.subscribed");
        return socket;
    }

    private static JsonNode answer(WsClient socket, String frame) {
        String ref = ApiClient.json().readTree(frame).get("ref").asString();
        socket.send(frame);
        return socket.next(f -> f.path("ref").asString().equals(ref));
    }

    private static void accepted(WsClient socket, String frame) {
        JsonNode answer = answer(socket, frame);
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("command.accepted");
    }
}
