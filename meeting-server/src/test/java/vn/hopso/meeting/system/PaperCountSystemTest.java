package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.BallotDesk.refusal;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.connected;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Paper fallback through the real pipeline: the ballot committee enters the paper count of a closed ballot, which
 * joins the electronic votes in its result; a count that does not add up is refused with its discrepancy and changes
 * nothing; nobody else may enter one, nor on another council's ballot; and the verifier names a stored count altered
 * in the database.
 */
class PaperCountSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient secretariat;
    private ApiClient chair;
    private ApiClient committee;
    private String sitting;
    private String item;
    private BallotDesk desk;
    private List<TestUser> delegates;
    private BallotStage stage;

    @BeforeEach
    void setUp() {
        stage = BallotStage.started(fixtures(), this::login, "HĐND tỉnh Phiếu Giấy",
                "Nghị quyết về đầu tư công");
        council = stage.council();
        secretariat = stage.secretariat();
        chair = stage.chair();
        sitting = stage.sitting();
        item = stage.item();
        desk = stage.desk();
        delegates = stage.delegates();
        committee = login(fixtures().member(council, Role.BALLOT_COMMITTEE));
    }

    @Test
    void anAcceptedPaperCountJoinsTheElectronicVotesInTheResultAndACorrectionReplacesIt() {
        String ballot = stage.closedMotion("Đầu tư công", true, "YES", "NO");
        assertThat(outcome(ballot)).as("1 of 3 in favour").isEqualTo("NOT_PASSED");
        assertThat(desk.view(committee).get("permissions").valueStream().map(JsonNode::asString).toList())
                .as("the committee's screen offers the entry").contains("COUNT_PAPER_BALLOTS");

        try (WsClient screen = LiveSocket.subscribed(committee, sitting); WsClient desk = connected(committee)) {
            send(desk, paperCount("p1", ballot, 1, 1, 1, 0, Map.of("YES", 1)), "p1");
            // The answer and the event travel apart: the event is looked for on a screen following the sitting.
            JsonNode changed = screen.next(frame -> frame.path("type").asString().equals("ballot.changed")
                    && frame.get("ballot").get("result").get("tallies").size() == 2);
            assertThat(changed.get("ballot").get("result").get("tallies").valueStream()
                    .map(tally -> tally.get("source").asString()).toList()).containsExactly("ELECTRONIC", "PAPER");
        }
        JsonNode counted = this.desk.ballot(committee, "Đầu tư công").get("result");
        assertThat(counted.get("outcome").asString()).as("1 electronic and 1 paper of 3 in favour").isEqualTo("PASSED");
        assertThat(BallotDesk.counts(counted.get("lines").get(0))).containsEntry("YES", 2).containsEntry("NO", 1);
        assertThat(counted.get("turnout").get("issued").asInt()).isEqualTo(3);
        JsonNode paper = counted.get("tallies").get(1);
        assertThat(paper.get("issued").asInt()).isEqualTo(1);
        assertThat(paper.get("entry").asInt()).isEqualTo(1);

        try (WsClient desk = connected(committee)) {
            send(desk, paperCount("p2", ballot, 1, 1, 0, 1, Map.of()).put("commandId", "correction"), "p2");
            JsonNode again = LiveSocket.answer(desk, paperCount("p3", ballot, 1, 1, 0, 1, Map.of())
                    .put("commandId", "correction").toString(), "p3");
            assertThat(again.get("repeated").asBoolean()).as("a retry is recognised").isTrue();
            send(desk, paperCount("p4", ballot, 1, 1, 0, 1, Map.of()), "p4");
        }
        assertThat(outcome(ballot)).as("the paper ballot was invalid after all").isEqualTo("NOT_PASSED");
        assertThat(paperCounts(ballot)).as("the first count stays on record; the same figures again add none")
                .isEqualTo(2);
        assertThat(verification(ballot).get("intact").asBoolean()).isTrue();

        try (WsClient console = connected(chair)) {
            send(console, this.desk.step("ballot.publish", "pub", ballot), "pub");
        }
        try (WsClient desk = connected(committee)) {
            assertThat(refusal(desk, paperCount("late", ballot, 1, 1, 1, 0, Map.of("YES", 1))))
                    .as("the result is final once announced").isEqualTo("ballot_not_closed");
        }
    }

    @Test
    void aCountThatDoesNotAddUpIsRefusedWithItsDiscrepancyAndChangesNothing() {
        String ballot = stage.closedMotion("Không khớp", true, "YES", "YES");
        JsonNode before = desk.ballot(committee, "Không khớp").get("result");
        int entries = verification(ballot).get("entries").asInt();

        try (WsClient socket = connected(committee)) {
            JsonNode refused = LiveSocket.answer(socket, paperCount("x", ballot, 2, 2, 2, 0, Map.of("NO", 2)).toString(),
                    "x");
            assertThat(refused.get("code").asString()).isEqualTo("more_voters_than_present");
            assertThat(refused.get("message").asString()).isEqualTo(
                    "Tổng số phiếu điện tử và phiếu giấy thu vào (4) nhiều hơn số đại biểu có mặt (3).");
            assertThat(refusal(socket, paperCount("y", ballot, 1, 1, 1, 0, Map.of("NO", 2))))
                    .isEqualTo("choices_not_valid");
            assertThat(refusal(socket, paperCount("z", ballot, 1, 2, 1, 1, Map.of("NO", 1))))
                    .isEqualTo("returned_exceeds_issued");
            assertThat(refusal(socket, paperCount("m", ballot, 1, 1, 1, 0, Map.of("MAYBE", 1))))
                    .isEqualTo("mark_not_offered");
            assertThat(refusal(socket, paperCount("n", ballot, -1, 0, 0, 0, Map.of()))).as("never a failure")
                    .isIn("invalid", "bad_message");
        }
        assertThat(paperCounts(ballot)).isZero();
        assertThat(desk.ballot(committee, "Không khớp").get("result")).isEqualTo(before);
        assertThat(verification(ballot).get("entries").asInt()).isEqualTo(entries);
    }

    @Test
    void onlyTheBallotCommitteeEntersACountAndOnlyOnItsOwnCouncilsBallots() {
        String ballot = stage.closedMotion("Ai được nhập", true, "YES");
        Organisation other = fixtures().council("HĐND tỉnh Bên Cạnh");
        try (WsClient delegate = connected(login(delegates.getFirst()));
                WsClient guest = connected(login(fixtures().member(council, Role.GUEST)));
                WsClient console = connected(chair);
                WsClient stranger = connected(login(fixtures().member(other, Role.BALLOT_COMMITTEE)))) {
            ObjectNode forged = paperCount("f", ballot, 1, 1, 1, 0, Map.of("YES", 1));
            assertThat(refusal(delegate, forged)).isEqualTo("forbidden");
            assertThat(refusal(guest, forged)).isEqualTo("forbidden");
            assertThat(refusal(console, forged)).as("the chair conducts, the committee counts").isEqualTo("forbidden");
            assertThat(refusal(stranger, forged)).as("another council's committee").isIn("forbidden", "not_found");
        }
        String ofOther = otherCouncilsClosedBallot(other);
        try (WsClient desk = connected(committee)) {
            assertThat(refusal(desk, paperCount("o", ofOther, 1, 1, 1, 0, Map.of("YES", 1))))
                    .as("a ballot of another council's sitting").isEqualTo("not_found");
        }
        assertThat(paperCounts(ballot)).isZero();
        assertThat(paperCounts(ofOther)).isZero();
    }

    @Test
    void thePaperCountIsChainedAndTheVerifierNamesItsAlteration() {
        String ballot = stage.closedMotion("Sửa số phiếu giấy", true, "YES", "NO");
        try (WsClient desk = connected(committee)) {
            send(desk, paperCount("p", ballot, 1, 1, 1, 0, Map.of("YES", 1)), "p");
        }
        assertThat(verification(ballot).get("intact").asBoolean()).isTrue();

        jdbc.sql("update ballot_paper_marks set count = 2 where ballot_id = ?").param(UUID.fromString(ballot)).update();
        jdbc.sql("update ballot_paper_counts set issued = 2 where ballot_id = ?").param(UUID.fromString(ballot)).update();

        JsonNode found = verification(ballot);
        assertThat(found.get("intact").asBoolean()).isFalse();
        assertThat(found.get("problems").valueStream().map(JsonNode::asString).toList())
                .anyMatch(p -> p.startsWith("Bảng ballot_paper_counts (hoặc ballot_paper_marks): lần nhập kết quả kiểm "
                        + "phiếu giấy thứ 1, -:YES là 2, chuỗi ghi 1"))
                .anyMatch(p -> p.contains("số phiếu phát ra là 2, chuỗi ghi 1"));
    }

    @Test
    void aConfidenceRatingIsCountedPerOfficeHolderAndRatingOnPaperToo() {
        String ballot;
        List<String> people;
        try (WsClient console = connected(chair)) {
            ballot = desk.prepare(console, secretariat, item, "CONFIDENCE_RATING", "Lấy phiếu tín nhiệm", true,
                    "nominees", List.of("Ông Nguyễn Văn Giám Đốc", "Bà Trần Thị Phó"));
            send(console, desk.step("ballot.open", "o", ballot), "o");
        }
        people = desk.ballot(committee, "Lấy phiếu tín nhiệm").get("nominees").valueStream()
                .map(nominee -> nominee.get("id").asString()).toList();
        for (int i = 0; i < 2; i++) {
            try (WsClient laptop = connected(login(delegates.get(i)))) {
                send(laptop, desk.frame("ballot.cast", "v", "ballotId", ballot, "marks", List.of(
                        Map.of("nomineeId", people.get(0), "mark", "LOW"),
                        Map.of("nomineeId", people.get(1), "mark", "HIGH"))), "v");
            }
        }
        try (WsClient console = connected(chair)) {
            send(console, desk.step("ballot.close", "c", ballot), "c");
        }
        ObjectNode onPaper = desk.frame("ballot.paper_count", "p", "ballotId", ballot, "issued", 1, "returned", 1,
                "valid", 1, "invalid", 0, "marks", List.of(Map.of("nomineeId", people.get(0), "mark", "LOW", "count", 1),
                        Map.of("nomineeId", people.get(1), "mark", "MEDIUM", "count", 1)));
        try (WsClient socket = connected(committee)) {
            assertThat(refusal(socket, desk.frame("ballot.paper_count", "x", "ballotId", ballot, "issued", 1,
                    "returned", 1, "valid", 1, "invalid", 0, "marks", List.of(
                            Map.of("nomineeId", people.get(0), "mark", "LOW", "count", 2)))))
                    .as("one person, more marks than valid ballots").isEqualTo("marks_exceed_valid");
            send(socket, onPaper, "p");
        }
        JsonNode lines = desk.ballot(committee, "Lấy phiếu tín nhiệm").get("result").get("lines");
        assertThat(BallotDesk.counts(lines.get(0))).containsEntry("LOW", 3);
        assertThat(lines.get(0).get("outcome").asString()).as("3 of 3 rate low").isEqualTo("DISMISSAL_PROPOSED");
        assertThat(BallotDesk.counts(lines.get(1))).containsEntry("HIGH", 2).containsEntry("MEDIUM", 1);
        assertThat(verification(ballot).get("intact").asBoolean()).isTrue();
    }

    private ObjectNode paperCount(String ref, String ballot, int issued, int returned, int valid, int invalid,
            Map<String, Integer> marks) {
        return desk.frame("ballot.paper_count", ref, "ballotId", ballot, "issued", issued, "returned", returned,
                "valid", valid, "invalid", invalid, "marks", marks.entrySet().stream()
                        .map(mark -> Map.of("mark", mark.getKey(), "count", mark.getValue())).toList());
    }

    private String outcome(String ballot) {
        return desk.view(committee).get("ballots").valueStream().filter(b -> b.get("id").asString().equals(ballot))
                .findFirst().orElseThrow().get("result").get("outcome").asString();
    }

    private int paperCounts(String ballot) {
        return jdbc.sql("select count(*) from ballot_paper_counts where ballot_id = ?").param(UUID.fromString(ballot))
                .query(Integer.class).single();
    }

    private JsonNode verification(String ballot) {
        ApiClient.Response response = secretariat.get("/api/sittings/" + sitting + "/ballots/verification");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().valueStream().filter(b -> b.get("ballotId").asString().equals(ballot)).findFirst()
                .orElseThrow();
    }

    private String otherCouncilsClosedBallot(Organisation other) {
        ApiClient otherDesk = login(fixtures().member(other, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(otherDesk);
        String otherSitting = scenario.sitting(scenario.session(other.id().toString()), false);
        String otherItem = scenario.publishedItem(otherSitting, "Nội dung của tỉnh bên cạnh");
        BallotDesk otherBallots = new BallotDesk(otherSitting);
        try (WsClient socket = connected(otherDesk)) {
            return otherBallots.prepare(socket, otherDesk, otherItem, "MOTION", "Phiếu của tỉnh bên cạnh", true);
        }
    }
}
