package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.connected;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Tamper evidence: the verifier recomputes each ballot's chain of records and holds the tables against it. Rows
 * altered straight in the database — a counter, a named vote, an entry of the chain, a ballot's figures — are each
 * named, with their table; untouched ballots stay intact.
 */
class BallotVerificationSystemTest extends ServerTest {

    private ApiClient secretariat;
    private ApiClient chair;
    private ApiClient guest;
    private String sitting;
    private String item;
    private BallotDesk desk;
    private List<TestUser> delegates;
    private BallotStage stage;

    @BeforeEach
    void setUp() {
        stage = BallotStage.started(fixtures(), this::login, "HĐND tỉnh Kiểm Phiếu",
                "Nghị quyết về giá đất");
        secretariat = stage.secretariat();
        chair = stage.chair();
        sitting = stage.sitting();
        item = stage.item();
        desk = stage.desk();
        delegates = stage.delegates();
        guest = login(fixtures().member(stage.council(), Role.GUEST));
    }

    @Test
    void rowsAlteredInTheDatabaseAreNamedAndUntouchedBallotsStayIntact() {
        String named = stage.closedMotion("Bảng giá đất công khai", false, "YES", "NO", "YES");
        String secret = stage.closedMotion("Bảng giá đất bỏ phiếu kín", true, "YES", "YES", "ABSTAIN");
        String untouched = stage.closedMotion("Không ai sửa", true, "NO", "NO", "NO");

        List<JsonNode> intact = verification();
        assertThat(intact).allMatch(ballot -> ballot.get("intact").asBoolean() && ballot.get("problems").isEmpty());
        assertThat(of(intact, named).get("entries").asInt()).as("created, opened, enrolled, three votes, closed")
                .isEqualTo(7);
        assertThat(of(intact, secret).get("headHash").asString()).hasSize(64);

        jdbc.sql("update ballot_counters set count = count + 1 where ballot_id = ? and mark = 'YES'")
                .param(UUID.fromString(secret)).update();
        jdbc.sql("update ballot_votes set marks = 'YES' where ballot_id = ? and membership_id = ?")
                .params(UUID.fromString(named), delegates.get(1).membershipId()).update();
        jdbc.sql("update ballot_chain set payload = payload || 'x' where ballot_id = ? and kind = 'enrolled'")
                .param(UUID.fromString(untouched)).update();
        jdbc.sql("update ballots set total_elected = 99 where id = ?").param(UUID.fromString(named)).update();

        List<JsonNode> found = verification();
        assertThat(problems(found, secret)).anyMatch(p -> p.startsWith("Bảng ballot_counters: -:YES là 3, lúc kết thúc"))
                .anyMatch(p -> p.equals("Bảng ballot_counters: tổng các lựa chọn là 4, số người đã biểu quyết là 3."));
        assertThat(problems(found, named))
                .anyMatch(p -> p.equals("Bảng ballot_votes: phiếu của đại biểu " + delegates.get(1).membershipId()
                        + " ghi \"YES\", chuỗi ghi \"NO\"."))
                .anyMatch(p -> p.startsWith("Bảng ballots: thời điểm hoặc số liệu của bước \"opened\""));
        assertThat(problems(found, untouched)).anyMatch(p -> p.matches(
                "Bảng ballot_chain: mục #\\d \\(enrolled\\) có mã băm không khớp với nội dung\\."));
        assertThat(found).noneMatch(ballot -> ballot.get("intact").asBoolean());
    }

    @Test
    void anOpenBallotIsVerifiedWithoutLookingAtItsCounters() {
        String ballot;
        try (WsClient console = connected(chair)) {
            ballot = desk.prepare(console, secretariat, item, "MOTION", "Đang mở", true);
            send(console, desk.step("ballot.open", "o", ballot), "o");
        }
        try (WsClient laptop = connected(login(delegates.getFirst()))) {
            send(laptop, desk.cast("v", ballot, "NO"), "v");
        }
        JsonNode open = of(verification(), ballot);
        assertThat(open.get("intact").asBoolean()).isTrue();
        assertThat(open.toString()).doesNotContain("NO\"", "count");
    }

    private List<JsonNode> verification() {
        ApiClient.Response response = guest.get("/api/sittings/" + sitting + "/ballots/verification");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().valueStream().toList();
    }

    private static JsonNode of(List<JsonNode> found, String ballot) {
        return found.stream().filter(b -> b.get("ballotId").asString().equals(ballot)).findFirst().orElseThrow();
    }

    private static List<String> problems(List<JsonNode> found, String ballot) {
        return of(found, ballot).get("problems").valueStream().map(JsonNode::asString).toList();
    }
}
