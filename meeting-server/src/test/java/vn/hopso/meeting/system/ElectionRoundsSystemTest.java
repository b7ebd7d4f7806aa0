package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.BallotDesk.refusal;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.connected;

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
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Vòng bầu tiếp theo through the real pipeline: an election of two among three that ties for its last seat, or elects
 * too few, is announced, and the secretariat or the chair prepares its next round — for the seats left among those still
 * to be decided, linked to the first and chained — which opens and counts as any ballot. Every refusal is coded and
 * changes nothing, and a round has one next round however many ask.
 */
class ElectionRoundsSystemTest extends ServerTest {

    private static final List<String> CANDIDATES = List.of("Ông Hoàng Văn Hải", "Bà Đỗ Thị Hoa", "Ông Vũ Văn Hùng");

    private BallotStage stage;
    private BallotDesk desk;

    @BeforeEach
    void setUp() {
        stage = BallotStage.started(fixtures(), this::login, "HĐND tỉnh Bầu Cử", "Bầu Ủy viên Thường trực HĐND",
                List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Võ Văn Em"), 5);
        desk = stage.desk();
    }

    @Test
    void aTieForTheLastSeatLeavesARoundForThatSeatAmongTheTiedWhichCountsAsAnyBallot() {
        // Five of five elected vote, three are needed: Hải 4, Hoa 3, Hùng 3 — Hải elected, Hoa and Hùng level.
        String first = announcedElection("Bầu Ủy viên Thường trực", List.of(List.of(0, 1), List.of(0, 2),
                List.of(1, 2), List.of(0, 1), List.of(0, 2)));
        JsonNode counted = ballot(first);
        assertThat(counted.get("result").get("outcome").asString()).isEqualTo("TIE_FOR_LAST_SEATS");
        assertThat(counted.get("round").asInt()).isEqualTo(1);
        assertThat(counted.get("previousBallotId").isNull()).isTrue();

        try (WsClient desktop = connected(stage.secretariat())) {
            send(desktop, desk.step("ballot.next_round", "next", first), "next");
        }
        JsonNode second = nextRoundOf(first);
        assertThat(second.get("state").asString()).isEqualTo("DRAFT");
        assertThat(second.get("kind").asString()).isEqualTo("ELECTION");
        assertThat(second.get("title").asString()).isEqualTo(counted.get("title").asString());
        assertThat(second.get("secret").asBoolean()).isTrue();
        assertThat(second.get("round").asInt()).isEqualTo(2);
        assertThat(second.get("seats").asInt()).isEqualTo(1);
        assertThat(second.get("electionMode").asString()).isEqualTo(counted.get("electionMode").asString());
        assertThat(second.get("rule")).isEqualTo(counted.get("rule"));
        assertThat(second.get("nominees")).as("the tied, with the ids they had in the first round")
                .containsExactly(counted.get("nominees").get(1), counted.get("nominees").get(2));
        assertThat(jdbc.sql("select previous_ballot_id from ballots where id = ?")
                .param(UUID.fromString(second.get("id").asString())).query(UUID.class).single())
                .isEqualTo(UUID.fromString(first));

        String before = footprint();
        try (WsClient desktop = connected(stage.secretariat()); WsClient console = connected(stage.chair())) {
            assertThat(refusal(console, desk.step("ballot.next_round", "again", first)))
                    .as("the chair asks too, after the secretariat").isEqualTo("next_round_exists");
            assertThat(refusal(desktop, desk.step("ballot.next_round", "twice", first))).isEqualTo("next_round_exists");
        }
        assertThat(footprint()).isEqualTo(before);

        // The second round: Hoa 3, Hùng 2 — Hoa takes the last seat, and the election is complete.
        String round = second.get("id").asString();
        vote(round, List.of(List.of(0), List.of(0), List.of(1), List.of(0), List.of(1)));
        JsonNode decided = ballot(round);
        assertThat(decided.get("result").get("outcome").asString()).isEqualTo("COMPLETE");
        assertThat(decided.get("result").get("lines").get(0).get("outcome").asString()).isEqualTo("ELECTED");
        String complete = footprint();
        try (WsClient console = connected(stage.chair())) {
            assertThat(refusal(console, desk.step("ballot.next_round", "third", round))).isEqualTo("election_complete");
        }
        assertThat(footprint()).isEqualTo(complete);
    }

    @Test
    void tooFewElectedLeavesARoundForTheSeatsLeftAmongThoseNotElectedLinkedInTheChain() {
        // Three are needed: Hải 3, Hoa 2, Hùng 1, Em does not vote — only Hải is elected.
        String first = announcedElection("Bầu Ủy viên", List.of(List.of(0, 1), List.of(0), List.of(0, 2),
                List.of(1)));
        JsonNode counted = ballot(first);
        assertThat(counted.get("result").get("outcome").asString()).isEqualTo("NOT_ENOUGH_ELECTED");

        try (WsClient console = connected(stage.chair())) {
            send(console, desk.step("ballot.next_round", "next", first), "next");
        }
        JsonNode second = nextRoundOf(first);
        assertThat(second.get("round").asInt()).isEqualTo(2);
        assertThat(second.get("seats").asInt()).isEqualTo(1);
        assertThat(second.get("nominees").valueStream().map(n -> n.get("name").asString()))
                .containsExactly("Bà Đỗ Thị Hoa", "Ông Vũ Văn Hùng");

        assertThat(verification()).allMatch(ballot -> ballot.get("intact").asBoolean());
        jdbc.sql("update ballots set previous_ballot_id = null where id = ?")
                .param(UUID.fromString(second.get("id").asString())).update();
        JsonNode unlinked = verification().stream()
                .filter(ballot -> ballot.get("ballotId").asString().equals(second.get("id").asString()))
                .findFirst().orElseThrow();
        assertThat(unlinked.get("intact").asBoolean()).as("the link is part of the chained record").isFalse();
        assertThat(unlinked.get("problems").get(0).asString()).startsWith("Bảng ballots");
    }

    @Test
    void aNextRoundIsRefusedWithItsCodeForAnythingButAnAnnouncedUndecidedElectionAndNothingChanges() {
        String motion = stage.closedMotion("Nghị quyết", false, "YES", "YES", "YES", "NO", null);
        Organisation other = fixtures().council("HĐND tỉnh Khác");
        String ofOther = otherCouncilsElection(other);
        try (WsClient console = connected(stage.chair()); WsClient desktop = connected(stage.secretariat());
                WsClient laptop = connected(stage.login().apply(stage.delegates().getFirst()));
                WsClient committee = connected(login(fixtures().member(stage.council(), Role.BALLOT_COMMITTEE)));
                WsClient guest = connected(login(fixtures().member(stage.council(), Role.GUEST)));
                WsClient stranger = connected(login(fixtures().member(other, Role.SECRETARIAT)))) {
            send(console, desk.step("ballot.publish", "p", motion), "p");
            assertThat(refusedUnchanged(desktop, motion)).isEqualTo("not_an_election");
            String election = desk.prepare(console, stage.secretariat(), stage.item(), "ELECTION", "Bầu Phó Chủ tịch",
                    true, "nominees", CANDIDATES, "seats", 2);
            assertThat(refusedUnchanged(desktop, election)).isEqualTo("ballot_not_published");
            send(console, desk.step("ballot.open", "o", election), "o");
            assertThat(refusedUnchanged(desktop, election)).isEqualTo("ballot_not_published");
            send(console, desk.step("ballot.close", "c", election), "c");
            assertThat(refusedUnchanged(desktop, election)).as("a paper count may still change a closed round")
                    .isEqualTo("ballot_not_published");
            assertThat(refusedUnchanged(laptop, election)).isEqualTo("forbidden");
            assertThat(refusedUnchanged(committee, election)).isEqualTo("forbidden");
            assertThat(refusedUnchanged(guest, election)).isEqualTo("forbidden");
            assertThat(refusedUnchanged(desktop, UUID.randomUUID().toString())).isEqualTo("not_found");
            assertThat(refusedUnchanged(desktop, ofOther)).as("another council's ballot, asked in this sitting")
                    .isEqualTo("not_found");
            assertThat(refusedUnchanged(stranger, election)).as("another council's secretariat").isEqualTo("not_found");

            send(console, desk.step("ballot.publish", "p2", election), "p2");
            assertThat(ballot(election).get("result").get("outcome").asString()).as("nobody voted: nobody elected")
                    .isEqualTo("NOT_ENOUGH_ELECTED");
            send(console, desk.frame("ballot.annul", "a", "ballotId", election, "reason", "Sai danh sách ứng cử viên"),
                    "a");
            assertThat(refusedUnchanged(desktop, election)).isEqualTo("ballot_annulled");
        }
        assertThat(view(stage.secretariat()).get("ballots").valueStream())
                .allMatch(ballot -> ballot.get("previousBallotId").isNull());
    }

    @Test
    void anAnnulledNextRoundStaysOnRecordAndTheRoundMayBeGivenANextRoundAgainUntilTheSittingEnds() {
        String first = announcedElection("Bầu Ủy viên Thường trực", List.of(List.of(0, 1), List.of(0, 2),
                List.of(1, 2), List.of(0, 1), List.of(0, 2)));
        try (WsClient desktop = connected(stage.secretariat()); WsClient console = connected(stage.chair())) {
            send(desktop, desk.step("ballot.next_round", "next", first), "next");
            String annulled = nextRoundOf(first).get("id").asString();
            send(console, desk.frame("ballot.annul", "a", "ballotId", annulled, "reason", "Thiếu một ứng cử viên"), "a");

            send(desktop, desk.step("ballot.next_round", "again", first), "again");
            List<JsonNode> rounds = view(stage.secretariat()).get("ballots").valueStream()
                    .filter(b -> b.get("previousBallotId").asString("").equals(first)).toList();
            assertThat(rounds).extracting(b -> b.get("state").asString())
                    .containsExactlyInAnyOrder("ANNULLED", "DRAFT");
            JsonNode live = rounds.stream().filter(b -> b.get("state").asString().equals("DRAFT")).findFirst()
                    .orElseThrow();
            assertThat(live.get("round").asInt()).isEqualTo(2);
            assertThat(live.get("seats").asInt()).isEqualTo(1);
            assertThat(refusedUnchanged(desktop, first)).as("the new one is live").isEqualTo("next_round_exists");

            send(console, desk.frame("ballot.annul", "b", "ballotId", live.get("id").asString(), "reason",
                    "Phiên họp kết thúc trước khi bầu"), "b");
            send(console, desk.frame("sitting.end", "end"), "end");
            assertThat(refusedUnchanged(desktop, first)).as("no round is prepared once the sitting has ended")
                    .isEqualTo("sitting_ended");
        }
        assertThat(verification()).allMatch(entry -> entry.get("intact").asBoolean());
    }

    /** The code {@code ballot.next_round} of {@code ballot} is refused with, once sure it changed nothing. */
    private String refusedUnchanged(WsClient socket, String ballot) {
        String before = footprint();
        String code = refusal(socket, desk.step("ballot.next_round", "next-" + UUID.randomUUID(), ballot));
        assertThat(footprint()).as("refused with " + code + ", and nothing changed").isEqualTo(before);
        return code;
    }

    /** An election of two among the three candidates, opened, voted on as given (by candidate index) and announced. */
    private String announcedElection(String title, List<List<Integer>> approvals) {
        String ballot;
        try (WsClient console = connected(stage.chair())) {
            ballot = desk.prepare(console, stage.secretariat(), stage.item(), "ELECTION", title, true,
                    "nominees", CANDIDATES, "seats", 2);
        }
        vote(ballot, approvals);
        return ballot;
    }

    /** Opens the ballot, the delegates approve in order the candidates given by index, then closes and announces it. */
    private void vote(String ballot, List<List<Integer>> approvals) {
        JsonNode nominees = ballot(ballot).get("nominees");
        try (WsClient console = connected(stage.chair())) {
            send(console, desk.step("ballot.open", "open", ballot), "open");
            for (int i = 0; i < approvals.size(); i++) {
                List<Map<String, String>> marks = new ArrayList<>();
                for (int candidate : approvals.get(i)) {
                    marks.add(Map.of("nomineeId", nominees.get(candidate).get("id").asString(), "mark", "YES"));
                }
                try (WsClient laptop = connected(stage.login().apply(stage.delegates().get(i)))) {
                    send(laptop, desk.frame("ballot.cast", "cast", "ballotId", ballot, "marks", marks), "cast");
                }
            }
            send(console, desk.step("ballot.close", "close", ballot), "close");
            send(console, desk.step("ballot.publish", "publish", ballot), "publish");
        }
    }

    private JsonNode view(ApiClient client) {
        return desk.view(client);
    }

    private JsonNode ballot(String id) {
        return view(stage.secretariat()).get("ballots").valueStream().filter(b -> b.get("id").asString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no ballot " + id));
    }

    private JsonNode nextRoundOf(String previous) {
        List<JsonNode> next = view(stage.secretariat()).get("ballots").valueStream()
                .filter(b -> b.get("previousBallotId").asString("").equals(previous)).toList();
        assertThat(next).as("one next round of " + previous).hasSize(1);
        return next.getFirst();
    }

    private List<JsonNode> verification() {
        ApiClient.Response response = stage.secretariat().get("/api/sittings/" + stage.sitting() + "/ballots/verification");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().valueStream().toList();
    }

    /**
     * A digest of what a refused command must leave as it was: the ballots, their people and chains, the sitting's
     * events and the audit log (but for its logins, which a first call as some user makes).
     */
    private String footprint() {
        return jdbc.sql("""
                        select string_agg(t, ',' order by t) from (
                            select 'ballots ' || md5(coalesce(string_agg(b::text, ',' order by b::text), '')) t
                                from ballots b
                            union all select 'nominees ' || md5(coalesce(string_agg(n::text, ',' order by n::text), ''))
                                from ballot_nominees n
                            union all select 'chain ' || md5(coalesce(string_agg(c::text, ',' order by c::text), ''))
                                from ballot_chain c
                            union all select 'events ' || md5(coalesce(string_agg(e::text, ',' order by e::text), ''))
                                from sitting_events e
                            union all select 'audit ' || md5(coalesce(string_agg(a::text, ',' order by a::text), ''))
                                from audit_log a where action not like 'login.%') digests""")
                .query(String.class).single();
    }

    private String otherCouncilsElection(Organisation other) {
        ApiClient otherDesk = login(fixtures().member(other, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(otherDesk);
        String otherSitting = scenario.sitting(scenario.session(other.id().toString()), false);
        String otherItem = scenario.publishedItem(otherSitting, "Bầu cử của tỉnh khác");
        try (WsClient socket = connected(otherDesk)) {
            return new BallotDesk(otherSitting).prepare(socket, otherDesk, otherItem, "ELECTION", "Bầu của tỉnh khác",
                    true, "nominees", CANDIDATES, "seats", 2);
        }
    }
}
