package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Điểm danh over the WebSocket: delegates check themselves in and out, the secretariat marks and corrects, and every
 * screen follows the board and the quorum line, counted against the delegates elected on the sitting's day (8 Dec).
 */
class AttendanceSystemTest extends ServerTest {

    private static final LocalDate SITTING_DAY = LocalDate.of(2026, 12, 8);

    private Organisation council;
    private ApiClient secretariat;
    private String sitting;
    private TestUser first;
    private TestUser second;
    private TestUser third;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Điểm Danh");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        first = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        second = fixtures().member(council, Role.DELEGATE, "Trần Thị Bình");
        third = fixtures().member(council, Role.DELEGATE, "Lê Văn Cường");
        // One resigned the day before the sitting, one takes up the mandate the day after: neither counts.
        mandate(fixtures().member(council, Role.DELEGATE, "Phạm Đã Thôi"), null, SITTING_DAY.minusDays(1));
        mandate(fixtures().member(council, Role.DELEGATE, "Võ Sắp Vào"), SITTING_DAY.plusDays(1), null);
    }

    @Test
    void delegatesCheckInAndOutAndEveryScreenFollowsTheQuorumOfTheTotalElected() {
        ApiClient guestLogin = login(fixtures().member(council, Role.GUEST));
        try (WsClient desk = subscribed(secretariat, sitting); WsClient guest = subscribed(guestLogin, sitting);
                WsClient laptop = subscribed(login(first), sitting)) {
            accepted(laptop, "{\"type\":\"attendance.check_in\",\"ref\":\"in\",\"sittingId\":\"" + sitting + "\"}", "in");

            JsonNode seen = desk.nextOfType("attendance.changed");
            assertThat(seen.get("entry").get("membershipId").asString()).isEqualTo(first.membershipId().toString());
            assertThat(seen.get("entry").get("status").asString()).isEqualTo("PRESENT");
            assertQuorum(seen, 1, 3, 2, false);
            assertQuorum(guest.nextOfType("attendance.changed"), 1, 3, 2, false);

            JsonNode twice = answer(laptop, "{\"type\":\"attendance.check_in\",\"ref\":\"again\",\"sittingId\":\""
                    + sitting + "\"}", "again");
            assertThat(twice.get("code").asString()).isEqualTo("already_checked_in");

            try (WsClient other = WsClient.connect(login(second))) {
                other.nextOfType("session.welcome");
                accepted(other, "{\"type\":\"attendance.check_in\",\"ref\":\"in\",\"sittingId\":\"" + sitting + "\"}",
                        "in");
            }
            assertQuorum(desk.nextOfType("attendance.changed"), 2, 3, 2, true);

            JsonNode noReason = answer(desk, mark(third, "EXCUSED", null, "leave-1"), "leave-1");
            assertThat(noReason.get("code").asString()).isEqualTo("invalid");
            // The desk both sends the mark and follows the sitting: its event may come before or after the answer.
            List<JsonNode> frames = sendUntil(desk, mark(third, "EXCUSED", "Đi công tác Hà Nội", "leave-2"),
                    f -> f.path("ref").asString().equals("leave-2"),
                    f -> f.path("type").asString().equals("attendance.changed"));
            assertThat(frames).filteredOn(f -> f.path("ref").asString().equals("leave-2"))
                    .extracting(f -> f.get("type").asString()).containsExactly("command.accepted");
            assertThat(frames).filteredOn(f -> f.path("type").asString().equals("attendance.changed"))
                    .extracting(f -> f.get("entry").get("reason").asString()).containsExactly("Đi công tác Hà Nội");
            JsonNode guestSees = guest.next(f -> f.path("type").asString().equals("attendance.changed")
                    && f.get("entry").get("status").asString().equals("EXCUSED"));
            assertThat(guestSees.get("entry").get("reason").isNull()).as("a reason of leave is for the staff").isTrue();

            accepted(laptop, "{\"type\":\"attendance.check_out\",\"ref\":\"out\",\"sittingId\":\"" + sitting + "\"}",
                    "out");
            JsonNode left = desk.next(f -> f.path("type").asString().equals("attendance.changed")
                    && f.get("entry").get("status").asString().equals("LEFT"));
            assertQuorum(left, 1, 3, 2, false);
        }

        JsonNode view = secretariat.get("/api/sittings/" + sitting + "/view").body();
        assertThat(view.get("attendance").findValuesAsString("fullName"))
                .containsExactly("Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình");
        assertThat(view.get("quorum").get("present").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from attendance where sitting_id = ?").param(UUID.fromString(sitting))
                .query(Integer.class).single()).as("check-in, check-in, leave, check-out: the history").isEqualTo(4);
        var snapshot = secretariat.post("/api/sittings/" + sitting + "/attendance/snapshots", Map.of());
        assertThat(snapshot.status()).as(snapshot.raw()).isEqualTo(201);
        assertThat(snapshot.body().get("present").asInt()).isEqualTo(1);
        assertThat(snapshot.body().get("presentMembershipIds").valueStream().map(JsonNode::asString))
                .containsExactly(second.membershipId().toString());
        JsonNode record = secretariat.get("/api/sittings/" + sitting + "/record").body();
        assertThat(record.get("attendance").findValuesAsString("status"))
                .containsExactly("PRESENT", "PRESENT", "EXCUSED", "LEFT");
        assertThat(record.get("snapshots")).hasSize(1);
        JsonNode delegateView = login(second).get("/api/sittings/" + sitting + "/view").body();
        assertThat(delegateView.get("attendance").findValues("reason")).allMatch(JsonNode::isNull);
    }

    @Test
    void onlyAnElectedDelegateChecksInOnlyThemselfAndOnlyTheSecretariatMarks() {
        TestUser resigned = fixtures().member(council, Role.DELEGATE, "Đinh Văn Từ Nhiệm");
        mandate(resigned, null, SITTING_DAY.minusDays(30));
        String checkIn = "{\"type\":\"attendance.check_in\",\"ref\":\"x\",\"sittingId\":\"" + sitting + "\"}";
        Map<TestUser, String> refused = Map.of(
                fixtures().member(council, Role.GUEST), "forbidden",
                fixtures().member(council, Role.SECRETARIAT), "forbidden",
                fixtures().member(council, Role.SITE_OPERATOR), "forbidden",
                resigned, "not_an_elected_delegate",
                fixtures().member(fixtures().council("HĐND tỉnh Khác"), Role.DELEGATE), "not_found");
        refused.forEach((user, code) -> {
            try (WsClient client = WsClient.connect(login(user))) {
                client.nextOfType("session.welcome");
                assertThat(answer(client, checkIn, "x").get("code").asString()).as(user.username()).isEqualTo(code);
            }
        });
        try (WsClient delegate = WsClient.connect(login(first))) {
            delegate.nextOfType("session.welcome");
            assertThat(answer(delegate, mark(second, "PRESENT", null, "m"), "m").get("code").asString())
                    .as("a delegate marking another").isEqualTo("forbidden");
        }
        try (WsClient desk = WsClient.connect(secretariat)) {
            desk.nextOfType("session.welcome");
            assertThat(answer(desk, mark(resigned, "PRESENT", null, "r"), "r").get("code").asString())
                    .isEqualTo("not_found");
            accepted(desk, mark(first, "ABSENT", null, "a1"), "a1");
            assertThat(answer(desk, mark(first, "ABSENT", null, "a2"), "a2").get("code").asString())
                    .isEqualTo("attendance_unchanged");
        }
        assertThat(jdbc.sql("select count(*) from attendance where sitting_id = ?").param(UUID.fromString(sitting))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theQuorumIsTheCouncilsOwnShareOfTheTotalElected() {
        ApiClient admin = login(fixtures().member(council, Role.ADMIN));
        String organisation = "/api/organisations/" + council.id();
        JsonNode current = admin.get(organisation).body();
        assertThat(current.get("quorumNumerator").asInt() + "/" + current.get("quorumDenominator").asInt())
                .isEqualTo("2/3");
        var half = admin.put(organisation, Map.of("name", current.get("name").asString(), "kind", "COUNCIL",
                "level", "PROVINCE", "version", current.get("version").asLong(), "quorumNumerator", 1,
                "quorumDenominator", 2));
        assertThat(half.status()).as(half.raw()).isEqualTo(200);
        var more = admin.put(organisation, Map.of("name", current.get("name").asString(), "kind", "COUNCIL",
                "level", "PROVINCE", "version", half.body().get("version").asLong(), "quorumNumerator", 4,
                "quorumDenominator", 3));
        assertThat(more.status()).isEqualTo(400);

        JsonNode quorum = secretariat.get("/api/sittings/" + sitting + "/view").body().get("quorum");
        assertThat(quorum.get("totalElected").asInt()).isEqualTo(3);
        assertThat(quorum.get("required").asInt()).as("half of three, rounded up").isEqualTo(2);
    }

    @Test
    void onceTheSittingHasEndedTheRecordStands() {
        ApiClient chair = login(fixtures().member(council, Role.CHAIR));
        try (WsClient console = WsClient.connect(chair); WsClient laptop = WsClient.connect(login(first))) {
            console.nextOfType("session.welcome");
            laptop.nextOfType("session.welcome");
            accepted(console, "{\"type\":\"sitting.start\",\"ref\":\"s\",\"sittingId\":\"" + sitting + "\"}", "s");
            accepted(laptop, "{\"type\":\"attendance.check_in\",\"ref\":\"in\",\"sittingId\":\"" + sitting + "\"}", "in");
            accepted(console, "{\"type\":\"sitting.end\",\"ref\":\"e\",\"sittingId\":\"" + sitting + "\"}", "e");
            assertThat(answer(laptop, "{\"type\":\"attendance.check_out\",\"ref\":\"out\",\"sittingId\":\"" + sitting
                    + "\"}", "out").get("code").asString()).isEqualTo("sitting_ended");
        }
    }

    private void mandate(TestUser delegate, LocalDate from, LocalDate until) {
        jdbc.sql("update memberships set mandate_from = ?, mandate_until = ? where id = ?")
                .params(from == null ? null : java.sql.Date.valueOf(from), until == null ? null : java.sql.Date.valueOf(until),
                        delegate.membershipId())
                .update();
    }

    private String mark(TestUser delegate, String status, String reason, String ref) {
        return "{\"type\":\"attendance.mark\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting
                + "\",\"membershipId\":\"" + delegate.membershipId() + "\",\"status\":\"" + status + "\",\"reason\":"
                + (reason == null ? "null" : "\"" + reason + "\"") + "}";
    }

    /** Sends the frame and gathers what arrives until each of {@code wanted} has matched a frame. */
    @SafeVarargs
    private static List<JsonNode> sendUntil(WsClient client, String frame, Predicate<JsonNode>... wanted) {
        client.send(frame);
        List<JsonNode> seen = new ArrayList<>();
        client.next(f -> {
            seen.add(f);
            return Stream.of(wanted).allMatch(w -> seen.stream().anyMatch(w));
        });
        return seen;
    }

    private static void assertQuorum(JsonNode event, int present, int total, int required, boolean quorate) {
        JsonNode quorum = event.get("quorum");
        assertThat(quorum.get("present").asInt()).isEqualTo(present);
        assertThat(quorum.get("totalElected").asInt()).isEqualTo(total);
        assertThat(quorum.get("required").asInt()).isEqualTo(required);
        assertThat(quorum.get("quorate").asBoolean()).isEqualTo(quorate);
    }
}
