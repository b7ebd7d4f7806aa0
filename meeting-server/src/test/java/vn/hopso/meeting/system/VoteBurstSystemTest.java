package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.BallotDesk.counts;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * A burst of votes at once, as issue 14's benchmark sends them, where votes waiting for the sitting's turn share a
 * transaction: every delegate votes from two devices at the same moment (a key of each device's own) and sends the
 * laptop's vote again with its key, and delegates who were not present vote too. Each present delegate is counted
 * once, the refused votes change nothing, the chain verifies, and the staff get the count of voters in order, with
 * the log's numbers in sequence.
 */
class VoteBurstSystemTest extends ServerTest {

    private static final int PRESENT = 12;
    private static final int ABSENT = 3;
    private static final List<String> CHOICES = List.of("YES", "NO", "ABSTAIN");

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<WsClient> sockets = new ArrayList<>();

    @AfterEach
    void stop() {
        sockets.forEach(WsClient::close);
        threads.shutdownNow();
    }

    @Test
    void votesSentAllAtOnceFromTwoDevicesAndAgainAreEachCountedOnceAndTheRefusedChangeNothing() throws Exception {
        Organisation council = fixtures().council("HĐND tỉnh Bỏ Phiếu Dồn");
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String item = scenario.publishedItem(sitting, "Nghị quyết về kế hoạch đầu tư công");
        ApiClient chair = login(fixtures().member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        BallotDesk desk = new BallotDesk(sitting);
        WsClient staff = open(subscribed(secretariat, sitting));
        List<ApiClient> present = new ArrayList<>();
        List<ApiClient> absent = new ArrayList<>();
        for (int i = 0; i < PRESENT + ABSENT; i++) {
            TestUser delegate = fixtures().member(council, Role.DELEGATE, "Đại biểu " + i);
            (i < PRESENT ? present : absent).add(login(delegate));
        }
        for (ApiClient delegate : present) {
            LiveSocket.accepted(open(connected(delegate)), "{\"type\":\"attendance.check_in\",\"ref\":\"in\","
                    + "\"sittingId\":\"" + sitting + "\"}", "in");
        }
        WsClient console = open(connected(chair));
        String ballot = desk.prepare(console, secretariat, item, "MOTION", "Nghị quyết đầu tư công", false);
        send(console, desk.step("ballot.open", "open", ballot), "open");
        long openedAt = staff.next(f -> f.path("type").asString().equals("ballot.progress")).get("seq").asLong();

        List<WsClient> laptops = present.stream().map(d -> open(connected(d))).toList();
        List<WsClient> tablets = present.stream().map(d -> open(connected(d))).toList();
        List<WsClient> strangers = absent.stream().map(d -> open(connected(d))).toList();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < PRESENT; i++) {
            String choice = CHOICES.get(i % CHOICES.size());
            String onLaptop = desk.cast("l" + i, ballot, choice).put("commandId", "laptop-" + i).toString();
            String onTablet = desk.cast("t" + i, ballot, choice).put("commandId", "tablet-" + i).toString();
            answers.add(sendAt(go, laptops.get(i), onLaptop, "l" + i));
            answers.add(sendAt(go, tablets.get(i), onTablet, "t" + i));
        }
        List<CompletableFuture<String>> refusals = new ArrayList<>();
        for (int i = 0; i < ABSENT; i++) {
            refusals.add(sendAt(go, strangers.get(i), desk.cast("s" + i, ballot, "YES").toString(), "s" + i));
        }
        go.countDown();
        for (CompletableFuture<String> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("command.accepted");
        }
        for (CompletableFuture<String> refusal : refusals) {
            assertThat(refusal.get(30, TimeUnit.SECONDS)).isEqualTo("not_entitled");
        }
        for (int i = 0; i < PRESENT; i++) {
            JsonNode again = LiveSocket.answer(laptops.get(i), desk.cast("again" + i, ballot,
                    CHOICES.get(i % CHOICES.size())).put("commandId", "laptop-" + i).toString(), "again" + i);
            assertThat(again.get("repeated").asBoolean()).as("sent again with its key").isTrue();
        }

        List<JsonNode> progress = new ArrayList<>();
        staff.until(f -> {
            if (f.path("type").asString().equals("ballot.progress")) {
                progress.add(f);
            }
            return f.path("voted").asInt() == PRESENT;
        });
        // Told once per batch of votes, as it stands after the batch: it only grows, and never beyond those present.
        List<Integer> voted = progress.stream().map(p -> p.get("voted").asInt()).toList();
        assertThat(voted).as("the count of voters as the staff saw it grow").isSorted().doesNotHaveDuplicates()
                .allMatch(count -> count >= 1 && count <= PRESENT).endsWith(PRESENT);

        send(console, desk.step("ballot.close", "close", ballot), "close");
        List<JsonNode> events = staff.until(f -> f.path("type").asString().equals("ballot.changed")
                && f.get("ballot").get("state").asString().equals("CLOSED"));
        JsonNode result = events.getLast().get("ballot").get("result");
        Map<String, Integer> expected = new TreeMap<>(Map.of("YES", 4, "NO", 4, "ABSTAIN", 4));
        assertThat(new TreeMap<>(counts(result.get("lines").get(0)))).isEqualTo(expected);
        assertThat(result.get("turnout").get("voted").get("count").asInt()).isEqualTo(PRESENT);
        assertThat(jdbc.sql("select count(*) from ballot_votes where ballot_id = ?").param(UUID.fromString(ballot))
                .query(Integer.class).single()).isEqualTo(PRESENT);
        JsonNode verification = secretariat.get("/api/sittings/" + sitting + "/ballots/verification").body()
                .valueStream().filter(v -> v.get("ballotId").asString().equals(ballot)).findFirst().orElseThrow();
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();

        List<Long> numbers = jdbc.sql("select seq from sitting_events where sitting_id = ? and seq > ? order by seq")
                .params(UUID.fromString(sitting), openedAt).query(Long.class).list();
        assertThat(numbers).as("the log's numbers follow each other, whichever votes shared a transaction")
                .isEqualTo(java.util.stream.LongStream.rangeClosed(openedAt + 1, openedAt + numbers.size()).boxed()
                        .toList());
    }

    private WsClient open(WsClient socket) {
        sockets.add(socket);
        return socket;
    }

    /** Sends the frame once {@code go} opens; answers the type of the answer, or the code of a refusal. */
    private CompletableFuture<String> sendAt(CountDownLatch go, WsClient socket, String frame, String ref) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            JsonNode answer = LiveSocket.answer(socket, frame, ref);
            return answer.get("type").asString().equals("error") ? answer.get("code").asString()
                    : answer.get("type").asString();
        }, threads);
    }
}
