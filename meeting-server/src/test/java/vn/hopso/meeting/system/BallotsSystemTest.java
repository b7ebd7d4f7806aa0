package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.BallotDesk.counts;
import static vn.hopso.meeting.system.BallotDesk.refusal;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Biểu quyết over the WebSocket: the chair opens a ballot on the delegates present, each entitled delegate's vote
 * counts once whatever the devices and retries, the staff follow how many have voted and nobody sees a choice before
 * the close, when the result — counted against the total elected — reaches every screen. Refusals are coded and
 * change nothing.
 */
class BallotsSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient secretariat;
    private ApiClient chair;
    private String sitting;
    private String item;
    private String closedItem;
    private BallotDesk desk;
    private TestUser an;
    private TestUser binh;
    private TestUser cuong;
    private TestUser dung;
    private TestUser em;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Biểu Quyết");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        item = scenario.publishedItem(sitting, "Nghị quyết về dự toán ngân sách năm 2027");
        closedItem = scenario.item(sitting, "Công tác cán bộ", true).get("id").asString();
        secretariat.post("/api/agenda-items/" + closedItem + "/publish", Map.of());
        chair = login(fixtures().member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        desk = new BallotDesk(sitting);
        an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        binh = fixtures().member(council, Role.DELEGATE, "Trần Thị Bình");
        cuong = fixtures().member(council, Role.DELEGATE, "Lê Văn Cường");
        dung = fixtures().member(council, Role.DELEGATE, "Phạm Thị Dung");
        em = fixtures().member(council, Role.DELEGATE, "Võ Văn Em");
        for (TestUser present : List.of(an, binh, cuong, dung)) {
            checkIn(present);
        }
    }

    @Test
    void aNamedBallotFromOpeningToItsResultEachScreenSeeingWhatItMay() {
        ApiClient observer = login(fixtures().member(council, Role.OBSERVER));
        ApiClient anLogin = login(an);
        ApiClient cuongLogin = login(cuong);
        try (WsClient hall = subscribed(observer, sitting); WsClient staff = subscribed(secretariat, sitting);
                WsClient anScreen = subscribed(anLogin, sitting); WsClient console = connected(chair);
                WsClient anLaptop = connected(anLogin); WsClient binhLaptop = connected(login(binh));
                WsClient cuongLaptop = connected(cuongLogin); WsClient cuongTablet = connected(cuongLogin)) {
            String ballot = desk.prepare(console, secretariat, item, "MOTION", "Nghị quyết dự toán 2027", false);
            assertThat(staff.nextOfType("ballot.changed").get("ballot").get("state").asString()).isEqualTo("DRAFT");

            send(console, desk.step("ballot.open", "open", ballot), "open");
            JsonNode opened = hall.nextOfType("ballot.changed").get("ballot");
            assertThat(opened.get("state").asString()).as("the hall display never saw the draft").isEqualTo("OPEN");
            assertThat(opened.get("entitled").asInt()).as("the four present").isEqualTo(4);
            assertThat(opened.get("totalElected").asInt()).isEqualTo(5);
            assertThat(opened.get("result").isNull()).isTrue();
            assertThat(opened.get("options").findValuesAsString("label"))
                    .containsExactly("Tán thành", "Không tán thành", "Không biểu quyết");
            assertThat(progress(staff, 0).get("entitled").asInt()).isEqualTo(4);
            assertThat(anScreen.nextOfType("ballot.entitled").get("ballotId").asString())
                    .as("each delegate present is told they may vote").isEqualTo(ballot);

            send(anLaptop, desk.cast("a1", ballot, "YES"), "a1");
            JsonNode recorded = anScreen.nextOfType("ballot.recorded");
            assertThat(recorded.get("choice").asString()).as("a named vote is echoed to its voter").isEqualTo("YES");
            assertThat(progress(staff, 1)).isNotNull();
            send(binhLaptop, desk.cast("b1", ballot, "NO"), "b1");
            send(anLaptop, desk.cast("a2", ballot, "ABSTAIN"), "a2");
            assertThat(anScreen.nextOfType("ballot.recorded").get("choice").asString())
                    .as("changed before the close").isEqualTo("ABSTAIN");

            // The same delegate on two devices at once, then a retry after a lost answer: one vote.
            String onLaptop = desk.cast("c1", ballot, "YES").put("commandId", "cuong-laptop").toString();
            String onTablet = desk.cast("c2", ballot, "YES").put("commandId", "cuong-tablet").toString();
            cuongLaptop.send(onLaptop);
            cuongTablet.send(onTablet);
            assertThat(cuongLaptop.next(f -> f.path("ref").asString().equals("c1")).get("type").asString())
                    .isEqualTo("command.accepted");
            assertThat(cuongTablet.next(f -> f.path("ref").asString().equals("c2")).get("type").asString())
                    .isEqualTo("command.accepted");
            JsonNode retried = answer(cuongLaptop, onLaptop, "c1");
            assertThat(retried.get("repeated").asBoolean()).isTrue();
            assertThat(progress(staff, 3).get("voted").asInt()).isEqualTo(3);

            JsonNode view = desk.view(anLogin);
            assertThat(view.get("ownVotes").findValuesAsString("choice")).containsExactly("ABSTAIN");
            assertThat(view.get("entitledBallots").valueStream().map(JsonNode::asString)).containsExactly(ballot);
            assertThat(view.get("ballotProgress")).as("delegates see no running count").isEmpty();
            assertThat(desk.view(secretariat).get("ballotProgress").get(0).get("voted").asInt()).isEqualTo(3);

            send(console, desk.step("ballot.close", "close", ballot), "close");
            JsonNode closed = hall.next(f -> isBallot(f, "CLOSED")).get("ballot");
            JsonNode result = closed.get("result");
            assertThat(counts(result.get("lines").get(0))).containsExactly(Map.entry("YES", 1), Map.entry("NO", 1),
                    Map.entry("ABSTAIN", 1));
            assertThat(result.get("lines").get(0).get("counts").get(0).get("percentOfTotal").asString())
                    .as("1 of the 5 elected").isEqualTo("20.00");
            assertThat(result.get("lines").get(0).get("counts").get(0).get("percentOfPresent").asString())
                    .as("1 of the 4 present").isEqualTo("25.00");
            assertThat(result.get("turnout").get("voted").get("count").asInt()).isEqualTo(3);
            assertThat(result.get("turnout").get("didNotVote").get("count").asInt()).as("Dung pressed nothing")
                    .isEqualTo(1);
            assertThat(result.get("thresholds").get(0).get("description").asString())
                    .isEqualTo("Quá 1/2 tổng số đại biểu (5): cần 3 phiếu");
            assertThat(result.get("outcomeLabel").asString()).isEqualTo("Không thông qua");

            send(console, desk.step("ballot.publish", "pub", ballot), "pub");
            assertThat(hall.next(f -> isBallot(f, "PUBLISHED")).get("ballot").get("result").get("outcome").asString())
                    .isEqualTo("NOT_PASSED");

            assertThat(hall.texts()).as("the hall display: no count while open, no vote of anyone")
                    .noneMatch(text -> text.contains("ballot.progress") || text.contains("ballot.recorded")
                            || text.contains("ballot.entitled"));
            assertThat(hall.texts()).filteredOn(text -> text.contains("\"state\":\"OPEN\""))
                    .allMatch(text -> text.contains("\"result\":null"));
            assertThat(staff.texts()).filteredOn(text -> text.contains("ballot.progress"))
                    .allMatch(text -> !text.contains("YES") && !text.contains("ABSTAIN") && !text.contains("\"NO\""));
        }
        assertThat(votes(desk.ballot(secretariat, "Nghị quyết dự toán 2027").get("id").asString())).isEqualTo(3);
    }

    @Test
    void refusedVotesAndStepsAreCodedAndChangeNothing() {
        Organisation other = fixtures().council("HĐND tỉnh Khác");
        try (WsClient console = connected(chair); WsClient anLaptop = connected(login(an));
                WsClient emLaptop = connected(login(em));
                WsClient guest = connected(login(fixtures().member(council, Role.GUEST)));
                WsClient stranger = connected(login(fixtures().member(other, Role.DELEGATE)))) {
            String draft = desk.prepare(console, secretariat, item, "MOTION", "Chưa mở", false);
            assertThat(refusal(anLaptop, desk.cast("d", draft, "YES"))).as("a draft the delegate may not see")
                    .isEqualTo("not_found");
            String ballot = desk.prepare(console, secretariat, item, "MOTION", "Đang biểu quyết", false);
            assertThat(refusal(console, desk.step("ballot.publish", "p0", ballot))).isEqualTo("ballot_not_closed");
            send(console, desk.step("ballot.open", "o", ballot), "o");
            assertThat(refusal(console, desk.step("ballot.open", "o2", draft))).as("one open ballot at a time")
                    .isEqualTo("ballot_open");
            assertThat(refusal(console, desk.frame("sitting.end", "end"))).isEqualTo("ballot_still_open");
            checkIn(em);

            assertThat(refusal(anLaptop, desk.cast("f", ballot, "YES").put("membershipId",
                    binh.membershipId().toString()))).as("a vote naming its voter").isEqualTo("bad_message");
            assertThat(refusal(emLaptop, desk.cast("e", ballot, "YES")))
                    .as("checked in after the opening").isEqualTo("not_entitled");
            assertThat(refusal(guest, desk.cast("g", ballot, "YES"))).isEqualTo("forbidden");
            assertThat(refusal(console, desk.cast("c", ballot, "YES"))).as("the chair holds no delegate's role")
                    .isEqualTo("forbidden");
            assertThat(refusal(stranger, desk.cast("s", ballot, "YES"))).as("another council's sitting")
                    .isEqualTo("not_found");
            assertThat(refusal(anLaptop, desk.cast("u", UUID.randomUUID().toString(), "YES"))).isEqualTo("not_found");
            assertThat(refusal(anLaptop, desk.cast("m", ballot, "MAYBE"))).isEqualTo("choice_not_offered");
            assertThat(refusal(anLaptop, desk.frame("ballot.cast", "k", "ballotId", ballot, "marks",
                    List.of(Map.of("nomineeId", UUID.randomUUID().toString(), "mark", "YES")))))
                    .isEqualTo("wrong_kind");
            assertThat(votes(ballot)).isZero();
            assertThat(counters(ballot)).containsOnly(0);

            assertThat(refusal(console, desk.frame("ballot.annul", "a", "ballotId", ballot, "reason", " ")))
                    .isEqualTo("annul_reason_required");
            send(console, desk.step("ballot.close", "x", ballot), "x");
            assertThat(refusal(anLaptop, desk.cast("late", ballot, "YES"))).isEqualTo("ballot_not_open");
            assertThat(refusal(console, desk.step("ballot.close", "x2", ballot))).isEqualTo("ballot_not_open");
            assertThat(votes(ballot)).isZero();
        }
        String ofOther = otherCouncilsBallot(other);
        try (WsClient anLaptop = connected(login(an))) {
            assertThat(refusal(anLaptop, desk.cast("o", ofOther, "YES"))).as("a ballot of another council's sitting")
                    .isEqualTo("not_found");
        }
        assertThat(votes(ofOther)).isZero();
    }

    @Test
    void aSecretVoteCountsOnceFromTwoDevicesAndIsNeitherChangedNorEchoed() {
        ApiClient anLogin = login(an);
        try (WsClient console = connected(chair); WsClient anScreen = subscribed(anLogin, sitting);
                WsClient laptop = connected(anLogin); WsClient tablet = connected(anLogin)) {
            String ballot = desk.prepare(console, secretariat, closedItem, "MOTION", "Miễn nhiệm", true,
                    "rule", Map.of("bound", "AT_LEAST", "numerator", 2, "denominator", 3, "base", "TOTAL_ELECTED"));
            send(console, desk.step("ballot.open", "o", ballot), "o");
            laptop.send(desk.cast("l", ballot, "YES").put("commandId", "laptop").toString());
            tablet.send(desk.cast("t", ballot, "NO").put("commandId", "tablet").toString());
            List<String> answers = new ArrayList<>();
            answers.add(answerType(laptop, "l"));
            answers.add(answerType(tablet, "t"));
            assertThat(answers).containsExactlyInAnyOrder("command.accepted", "already_voted");
            JsonNode recorded = anScreen.nextOfType("ballot.recorded");
            assertThat(recorded.get("secret").asBoolean()).isTrue();
            assertThat(recorded.get("choice").isNull()).as("no echo of a secret choice").isTrue();
            assertThat(recorded.get("marks")).isEmpty();
            assertThat(desk.view(anLogin).get("ownVotes").get(0).get("choice").isNull()).isTrue();
            assertThat(refusal(laptop, desk.cast("again", ballot, "ABSTAIN"))).isEqualTo("already_voted");
            send(console, desk.step("ballot.close", "c", ballot), "c");
        }
        JsonNode result = desk.ballot(secretariat, "Miễn nhiệm").get("result");
        assertThat(counts(result.get("lines").get(0)).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(result.get("thresholds").get(0).get("description").asString())
                .isEqualTo("Ít nhất 2/3 tổng số đại biểu (5): cần 4 phiếu");
        assertThat(login(fixtures().member(council, Role.OBSERVER)).get("/api/sittings/" + sitting + "/view").body()
                .get("ballots")).as("a closed item's ballot is not for the hall display").isEmpty();
    }

    @Test
    void fiftyEightElected53Present29InFavourDoesNotPassAlthoughItIsMoreThanHalfOfThosePresent() {
        List<TestUser> delegates = new ArrayList<>(List.of(an, binh, cuong, dung, em));
        for (int i = delegates.size(); i < 58; i++) {
            delegates.add(fixtures().member(council, Role.DELEGATE, "Đại biểu số " + (i + 1)));
        }
        UUID recorder = accountOf(fixtures().member(council, Role.SECRETARIAT));
        for (TestUser delegate : delegates.subList(5, 53)) {
            jdbc.sql("insert into attendance (id, sitting_id, membership_id, person_id, status, recorded_by, at) "
                    + "values (?, ?, ?, ?, 'PRESENT', ?, ?)").params(UUID.randomUUID(), UUID.fromString(sitting),
                    delegate.membershipId(), delegate.personId(), recorder, Timestamp.from(Instant.now())).update();
        }
        checkIn(em);
        String ballot;
        try (WsClient console = connected(chair)) {
            ballot = desk.prepare(console, secretariat, item, "MOTION", "Nghị quyết số 29", false);
            send(console, desk.step("ballot.open", "o", ballot), "o");
        }
        for (int i = 0; i < 33; i++) {
            try (WsClient laptop = connected(login(delegates.get(i)))) {
                send(laptop, desk.cast("v", ballot, i < 29 ? "YES" : "NO"), "v");
            }
        }
        try (WsClient console = connected(chair)) {
            send(console, desk.step("ballot.close", "c", ballot), "c");
        }
        JsonNode result = desk.ballot(login(fixtures().member(council, Role.GUEST)), "Nghị quyết số 29").get("result");
        JsonNode yes = result.get("lines").get(0).get("counts").get(0);
        assertThat(yes.get("count").asInt()).isEqualTo(29);
        assertThat(yes.get("percentOfTotal").asString()).isEqualTo("50.00");
        assertThat(yes.get("percentOfPresent").asString()).isEqualTo("54.72");
        assertThat(result.get("turnout").get("totalElected").asInt()).isEqualTo(58);
        assertThat(result.get("turnout").get("present").asInt()).isEqualTo(53);
        assertThat(result.get("turnout").get("didNotVote").get("count").asInt()).isEqualTo(20);
        assertThat(result.get("thresholds").get(0).get("votesNeeded").asInt()).isEqualTo(30);
        assertThat(result.get("outcome").asString()).isEqualTo("NOT_PASSED");
        assertThat(result.get("outcomeLabel").asString()).isEqualTo("Không thông qua");
    }

    @Test
    void aScreenSeesTheBallotsItMayAfterAReconnectAndDraftsStayWithTheStaff() {
        ApiClient anLogin = login(an);
        String draft;
        String ballot;
        try (WsClient console = connected(chair); WsClient laptop = connected(anLogin)) {
            draft = desk.prepare(console, secretariat, item, "MOTION", "Dự thảo phiếu", false);
            ballot = desk.prepare(console, secretariat, item, "CONFIDENCE_VOTE", "Bỏ phiếu tín nhiệm", true,
                    "nominees", List.of("Ông Nguyễn Văn Giám Đốc", "Bà Trần Thị Phó"));
            send(console, desk.step("ballot.open", "o", ballot), "o");
            JsonNode nominee = desk.ballot(anLogin, "Bỏ phiếu tín nhiệm").get("nominees").get(0);
            send(laptop, desk.frame("ballot.cast", "v", "ballotId", ballot, "marks",
                    List.of(Map.of("nomineeId", nominee.get("id").asString(), "mark", "NO_TRUST"))), "v");
        }
        JsonNode delegateView = desk.view(anLogin);
        assertThat(ids(delegateView.get("ballots"))).containsExactly(ballot);
        assertThat(delegateView.get("ballots").get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(delegateView.get("ownVotes").get(0).get("secret").asBoolean()).isTrue();
        assertThat(delegateView.get("ownVotes").get(0).get("marks")).isEmpty();
        JsonNode staffView = desk.view(secretariat);
        assertThat(ids(staffView.get("ballots"))).containsExactly(draft, ballot);
        assertThat(staffView.get("ballotProgress").get(0).get("voted").asInt()).isEqualTo(1);
        assertThat(staffView.get("ownVotes")).isEmpty();
        try (WsClient console = connected(chair)) {
            send(console, desk.frame("ballot.annul", "a", "ballotId", ballot, "reason", "Sai danh sách người"), "a");
            String rerun = desk.prepare(console, secretariat, item, "CONFIDENCE_VOTE", "Bỏ phiếu tín nhiệm (lại)", true,
                    "nominees", List.of("Ông Nguyễn Văn Giám Đốc"), "rerunOf", ballot);
            assertThat(desk.ballot(secretariat, "Bỏ phiếu tín nhiệm (lại)").get("rerunOf").asString()).isEqualTo(ballot);
            assertThat(refusal(console, desk.create("r2", item, "MOTION", "Không hợp lệ", false, "rerunOf", rerun)))
                    .as("only an annulled ballot is run again").isEqualTo("not_a_rerun");
        }
        JsonNode annulled = desk.ballot(anLogin, "Bỏ phiếu tín nhiệm");
        assertThat(annulled.get("state").asString()).isEqualTo("ANNULLED");
        assertThat(annulled.get("annulReason").asString()).isEqualTo("Sai danh sách người");
        assertThat(annulled.get("result").isNull()).isTrue();
    }

    private void checkIn(TestUser delegate) {
        try (WsClient laptop = connected(login(delegate))) {
            LiveSocket.accepted(laptop, "{\"type\":\"attendance.check_in\",\"ref\":\"in\",\"sittingId\":\"" + sitting
                    + "\"}", "in");
        }
    }

    private String otherCouncilsBallot(Organisation other) {
        ApiClient otherDesk = login(fixtures().member(other, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(otherDesk);
        String otherSitting = scenario.sitting(scenario.session(other.id().toString()), false);
        String otherItem = scenario.publishedItem(otherSitting, "Nội dung của tỉnh khác");
        BallotDesk otherBallots = new BallotDesk(otherSitting);
        try (WsClient socket = connected(otherDesk)) {
            return otherBallots.prepare(socket, otherDesk, otherItem, "MOTION", "Phiếu của tỉnh khác", false);
        }
    }

    private static List<String> ids(JsonNode ballots) {
        return ballots.valueStream().map(ballot -> ballot.get("id").asString()).toList();
    }

    private static JsonNode progress(WsClient staff, int voted) {
        return staff.next(f -> f.path("type").asString().equals("ballot.progress") && f.get("voted").asInt() == voted);
    }

    private static boolean isBallot(JsonNode frame, String state) {
        return frame.path("type").asString().equals("ballot.changed")
                && frame.get("ballot").get("state").asString().equals(state);
    }

    private static String answerType(WsClient socket, String ref) {
        JsonNode answer = socket.next(f -> f.path("ref").asString().equals(ref));
        return answer.get("type").asString().equals("error") ? answer.get("code").asString()
                : answer.get("type").asString();
    }

    private int votes(String ballot) {
        return jdbc.sql("select count(*) from ballot_votes where ballot_id = ?").param(UUID.fromString(ballot))
                .query(Integer.class).single();
    }

    private List<Integer> counters(String ballot) {
        return jdbc.sql("select count from ballot_counters where ballot_id = ?").param(UUID.fromString(ballot))
                .query(Integer.class).list();
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }
}
