package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.connected;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * Bỏ phiếu kín holds against whoever reads the database: after a secret ballot, every table (the event log, the audit
 * log and the command receipts among them) and what the server logged are read whole, and nothing joins a voter to a
 * choice — no row that names a voter says a choice, the counters carry no voter, no time and no trace of the
 * transaction of any vote, and where they lie says nothing of the last vote either.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretBallotSystemTest extends ServerTest {

    /** A choice as the server would write it anywhere: the word alone, not part of another (NOT_PASSED, NO_TRUST). */
    private static final Pattern CHOICE = Pattern.compile("(?<![A-Za-z_])(YES|NO|ABSTAIN)(?![A-Za-z_])");

    private Organisation council;
    private ApiClient secretariat;
    private ApiClient chair;
    private String sitting;
    private String item;
    private BallotDesk desk;
    private Map<TestUser, String> votes;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Bỏ Phiếu Kín");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        item = scenario.publishedItem(sitting, "Miễn nhiệm đại biểu");
        chair = login(fixtures().member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        desk = new BallotDesk(sitting);
        // The first voter's choice and the last one's are each theirs alone: the classic leaks would name them.
        votes = new LinkedHashMap<>();
        votes.put(fixtures().member(council, Role.DELEGATE, "Nguyễn Văn Đầu"), "NO");
        votes.put(fixtures().member(council, Role.DELEGATE, "Trần Thị Giữa"), "YES");
        votes.put(fixtures().member(council, Role.DELEGATE, "Lê Văn Giữa"), "YES");
        votes.put(fixtures().member(council, Role.DELEGATE, "Phạm Thị Cuối"), "ABSTAIN");
        for (TestUser delegate : votes.keySet()) {
            try (WsClient laptop = connected(login(delegate))) {
                LiveSocket.accepted(laptop, "{\"type\":\"attendance.check_in\",\"ref\":\"in\",\"sittingId\":\""
                        + sitting + "\"}", "in");
            }
        }
    }

    @Test
    void nothingStoredOrLoggedJoinsAVoterToTheirChoice(CapturedOutput output) throws Exception {
        String ballot;
        try (WsClient console = connected(chair)) {
            ballot = desk.prepare(console, secretariat, item, "MOTION", "Miễn nhiệm đại biểu Hoàng Văn X", true);
            send(console, desk.step("ballot.open", "o", ballot), "o");
        }
        for (Map.Entry<TestUser, String> vote : votes.entrySet()) {
            try (WsClient laptop = connected(login(vote.getKey()))) {
                send(laptop, desk.cast("v", ballot, vote.getValue()).put("commandId", "vote-" + UUID.randomUUID()), "v");
            }
        }
        try (WsClient console = connected(chair)) {
            send(console, desk.step("ballot.close", "c", ballot), "c");
        }
        assertThat(BallotDesk.counts(desk.ballot(secretariat, "Miễn nhiệm đại biểu Hoàng Văn X").get("result")
                .get("lines").get(0))).containsExactly(Map.entry("YES", 2), Map.entry("NO", 1), Map.entry("ABSTAIN", 1));

        Set<String> voterTraces = voterTraces();
        Map<String, List<String>> rows = everyRowOfEveryTable();
        assertThat(rows).containsKeys("ballot_votes", "ballot_counters", "sitting_events", "audit_log",
                "command_receipts", "ballot_electors");
        rows.forEach((table, tableRows) -> assertThat(tableRows)
                .as("rows of %s that name a voter and say a choice", table)
                .filteredOn(row -> voterTraces.stream().anyMatch(row::contains))
                .noneMatch(row -> CHOICE.matcher(row).find()));
        assertThat(rows.get("ballot_counters")).as("the counters name no one").noneMatch(
                row -> voterTraces.stream().anyMatch(row::contains));

        UUID id = UUID.fromString(ballot);
        assertThat(jdbc.sql("select count(*) from ballot_votes where ballot_id = ? and marks is null and cast_at is null "
                + "and changed_at is null").param(id).query(Integer.class).single())
                .as("four delegates voted, and their rows say neither what nor when").isEqualTo(4);
        List<Long> counterTransactions = jdbc.sql("select distinct xmin::text::bigint from ballot_counters "
                + "where ballot_id = ?").param(id).query(Long.class).list();
        assertThat(counterTransactions).as("the closing rewrote every counter: one transaction for all").hasSize(1);
        UUID[] voters = voterAccounts().toArray(UUID[]::new);
        List<Long> voteTransactions = jdbc.sql("""
                        select xmin::text::bigint from ballot_votes where ballot_id = ?
                        union all select xmin::text::bigint from sitting_events where actor_account_id = any(?)
                        union all select xmin::text::bigint from audit_log where actor_account_id = any(?)
                        union all select xmin::text::bigint from command_receipts where account_id = any(?)""")
                .params(id, voters, voters, voters).query(Long.class).list();
        assertThat(voteTransactions).hasSizeGreaterThan(4);
        assertThat(voteTransactions).as("no record of a vote shares a transaction with the counters")
                .doesNotContainAnyElementsOf(counterTransactions);
        assertThat(jdbc.sql("select mark from ballot_counters where ballot_id = ? order by ctid").param(id)
                .query(String.class).list()).as("the counters lie in ballot order, whatever the last vote said")
                .containsExactly("YES", "NO", "ABSTAIN");

        List<String> fingerprints = jdbc.sql("select distinct fingerprint from command_receipts where subject_id = ?")
                .param(id).query(String.class).list();
        assertThat(fingerprints).as("every voter's receipt is the same, whatever they chose")
                .containsExactly(sha256("CastBallot[sittingId=" + sitting + ", ballotId=" + ballot + "]"));
        assertThat(jdbc.sql("select frame from sitting_events where sitting_id = ? and actor_account_id = any(?)")
                .params(UUID.fromString(sitting), voterAccounts().toArray(UUID[]::new)).query(String.class).list())
                .as("what the voters' commands put in the sitting's log")
                .allMatch(frame -> frame.contains("attendance.changed") || frame.contains("ballot.progress")
                        || frame.contains("\"type\":\"ballot.recorded\",\"ballotId\":\"" + ballot
                                + "\",\"secret\":true,\"choice\":null,\"marks\":[]"));
        assertThat(output.getAll().lines())
                .as("log lines that name a voter and say a choice")
                .filteredOn(line -> voterTraces.stream().anyMatch(line::contains))
                .noneMatch(line -> CHOICE.matcher(line).find());
    }

    /** Every way a stored row could name a voter: ids of their account, person and membership, user name, name. */
    private Set<String> voterTraces() {
        return votes.keySet().stream().flatMap(user -> Stream.of(user.username(), user.membershipId().toString(),
                user.personId().toString(), accountOf(user).toString(), fullNameOf(user))).collect(Collectors.toSet());
    }

    private List<UUID> voterAccounts() {
        return votes.keySet().stream().map(this::accountOf).toList();
    }

    /** Each table of the schema, each row as JSON text (password hashes left out: they are random letters). */
    private Map<String, List<String>> everyRowOfEveryTable() {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            // A table name read from the catalogue, quoted: not user input.
            rows.put(table, jdbc.sql("select (to_jsonb(t) - 'password_hash')::text from \"" + table.replace("\"", "")
                    + "\" t").query(String.class).list());
        }
        return rows;
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }

    private String fullNameOf(TestUser user) {
        return jdbc.sql("select full_name from persons where id = ?").param(user.personId()).query(String.class).single();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
