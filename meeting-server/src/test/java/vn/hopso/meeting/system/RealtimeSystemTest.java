package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

class RealtimeSystemTest extends ServerTest {

    private ApiClient secretariat;
    private ApiClient delegate;
    private ApiClient chair;
    private SittingScenario scenario;
    private String sitting;

    @BeforeEach
    void setUp() {
        Organisation council = fixtures().council("HĐND tỉnh Thời Gian Thực");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        delegate = login(fixtures().member(council, Role.DELEGATE));
        chair = login(fixtures().member(council, Role.CHAIR));
        scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
    }

    @Test
    void aDelegateSeesPublishedItemsLiveButNeverDrafts() {
        try (WsClient staff = subscribed(secretariat, 0); WsClient member = subscribed(delegate, 0)) {
            String id = scenario.item(sitting, "Dự toán ngân sách", false).get("id").asString();
            assertThat(staff.nextOfType("agenda.added").get("item").get("title").asString()).isEqualTo("Dự toán ngân sách");
            secretariat.post("/api/agenda-items/" + id + "/publish", Map.of());

            List<JsonNode> seen = member.until(f -> f.path("type").asString().equals("agenda.published"));
            assertThat(types(seen)).doesNotContain("agenda.added");
            JsonNode published = seen.getLast();
            assertThat(published.get("item").get("id").asString()).isEqualTo(id);
            assertThat(published.get("item").get("number").asInt()).isEqualTo(1);
            // The first publication also marks the agenda as published (sitting.updated, seq 2), then the item (3).
            assertThat(published.get("seq").asLong()).isEqualTo(3);
            assertThat(published.get("sittingId").asString()).isEqualTo(sitting);
        }
    }

    @Test
    void aClientThatReconnectsGetsExactlyTheEventsItMissedThenLiveOnes() {
        long lastApplied;
        try (WsClient member = subscribed(delegate, 0)) {
            scenario.publishedItem(sitting, "Khai mạc");
            lastApplied = member.nextOfType("agenda.published").get("seq").asLong();
        }
        // While the delegate's laptop is off the Wi-Fi:
        String second = scenario.publishedItem(sitting, "Báo cáo kinh tế – xã hội");
        scenario.item(sitting, "Nháp của thư ký", false);
        String third = scenario.publishedItem(sitting, "Thảo luận");

        try (WsClient member = WsClient.connect(delegate)) {
            member.nextOfType("session.welcome");
            member.send(subscribe(lastApplied));
            List<JsonNode> replay = member.until(f -> f.path("type").asString().equals("sitting.subscribed"));
            List<JsonNode> events = replay.subList(0, replay.size() - 1);
            // The first publication also named the item the chair would start from (agenda.current), after the
            // delegate had left.
            assertThat(types(events)).containsExactly("agenda.current", "agenda.published", "agenda.published");
            assertThat(events.subList(1, 3).stream().map(e -> e.get("item").get("id").asString()))
                    .containsExactly(second, third);
            List<Long> seqs = events.stream().map(e -> e.get("seq").asLong()).toList();
            assertThat(seqs).isSorted().allMatch(seq -> seq > lastApplied);
            long reached = replay.getLast().get("lastSeq").asLong();
            assertThat(reached).isEqualTo(secretariat.get("/api/sittings/" + sitting).body().get("lastSeq").asLong());

            scenario.publishedItem(sitting, "Bế mạc");
            assertThat(member.nextOfType("agenda.published").get("seq").asLong()).isGreaterThan(reached);
        }
    }

    @Test
    void theChairOpensTheSittingAndMovesThroughTheAgendaOnEveryScreen() {
        String first = scenario.publishedItem(sitting, "Khai mạc");
        String second = scenario.publishedItem(sitting, "Báo cáo");
        try (WsClient member = subscribed(delegate, 0); WsClient console = subscribed(chair, 0)) {
            console.send("{\"type\":\"sitting.start\",\"ref\":\"s1\",\"sittingId\":\"" + sitting + "\"}");
            assertThat(console.next(f -> f.path("ref").asString().equals("s1")).get("type").asString())
                    .isEqualTo("command.accepted");
            assertThat(member.nextOfType("sitting.started").get("sitting").get("state").asString()).isEqualTo("IN_PROGRESS");
            assertThat(member.nextOfType("agenda.current").get("itemId").asString()).isEqualTo(first);

            console.send(next("n1", first, "c1"));
            assertThat(member.nextOfType("agenda.current").get("itemId").asString()).isEqualTo(second);

            console.send(next("n2", second, "c2"));
            JsonNode refused = console.next(f -> f.path("ref").asString().equals("n2"));
            assertThat(refused.get("type").asString()).isEqualTo("error");
            assertThat(refused.get("code").asString()).isEqualTo("agenda_finished");
            assertThat(refused.get("message").asString()).isEqualTo("Đã ở nội dung cuối cùng của chương trình.");
        }
        assertThat(delegate.get("/api/sittings/" + sitting).body().get("currentItemId").asString()).isEqualTo(second);
    }

    @Test
    void aMoveSentTwiceAfterADroppedConnectionDoesNotSkipAnItem() {
        String first = scenario.publishedItem(sitting, "Khai mạc");
        String second = scenario.publishedItem(sitting, "Báo cáo");
        scenario.publishedItem(sitting, "Thảo luận");
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        try (WsClient console = subscribed(chair, 0)) {
            console.send(next("n1", first, "move-1"));
            assertThat(console.next(f -> f.path("ref").asString().equals("n1")).get("repeated").asBoolean()).isFalse();
            // The same command again, as a client sends it when it did not hear the answer: recognised, not re-run.
            console.send(next("n1-again", first, "move-1"));
            JsonNode repeated = console.next(f -> f.path("ref").asString().equals("n1-again"));
            assertThat(repeated.get("type").asString()).isEqualTo("command.accepted");
            assertThat(repeated.get("repeated").asBoolean()).isTrue();
            // A copy with a new id but from the item that was current when it was made: refused, nothing moves.
            console.send(next("n1-copy", first, "move-1-copy"));
            JsonNode stale = console.next(f -> f.path("ref").asString().equals("n1-copy"));
            assertThat(stale.get("code").asString()).isEqualTo("stale_state");
        }
        assertThat(delegate.get("/api/sittings/" + sitting).body().get("currentItemId").asString()).isEqualTo(second);
    }

    @Test
    void badFramesGetAnErrorFrameAndTheConnectionStaysUsable() {
        try (WsClient client = WsClient.connect(delegate)) {
            client.nextOfType("session.welcome");
            client.send("this is not json");
            assertThat(client.nextOfType("error").get("code").asString()).isEqualTo("bad_json");
            client.send("{\"type\":\"ballot.vote\",\"ref\":\"x\"}");
            assertThat(client.nextOfType("error").get("code").asString()).isEqualTo("unknown_type");
            client.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"" + "a".repeat(16_500) + "\"}");
            assertThat(client.nextOfType("error").get("code").asString()).isEqualTo("frame_too_large");
            client.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + java.util.UUID.randomUUID() + "\",\"afterSeq\":0}");
            assertThat(client.nextOfType("error").get("code").asString()).isEqualTo("not_found");

            client.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"still-there\"}");
            assertThat(client.nextOfType("heartbeat.pong").get("nonce").asString()).isEqualTo("still-there");
        }
        assertThat(secretariat.get("/api/sittings/" + sitting).body().get("lastSeq").asLong()).isZero();
    }

    @Test
    void aFrameLargerThanTheContainersBufferArrivesWholeAndUnchanged() {
        // About 14 KiB of UTF-8, seven times the characters the container buffers per connection: handed over in
        // pieces, some of which end inside a Vietnamese letter's bytes, and answered as one frame.
        String nonce = "Kỳ họp thứ mười: ngân sách địa phương năm 2026 — ".repeat(200);
        assertThat(nonce.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(12_000, 16_000);
        try (WsClient client = WsClient.connect(delegate)) {
            client.nextOfType("session.welcome");
            client.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"" + nonce + "\"}");
            assertThat(client.nextOfType("heartbeat.pong").get("nonce").asString()).isEqualTo(nonce);
            client.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"after\"}");
            assertThat(client.nextOfType("heartbeat.pong").get("nonce").asString()).isEqualTo("after");
        }
    }

    @Test
    void aFrameFarAboveTheLimitClosesTheConnection() {
        try (WsClient client = WsClient.connect(delegate)) {
            client.nextOfType("session.welcome");
            client.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"" + "a".repeat(40_000) + "\"}");
            assertThat(client.closed().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join()).isEqualTo(1009);
        }
    }

    @Test
    void aClientClaimingToBeAheadOfTheLogResumesFromItsEnd() {
        try (WsClient member = subscribed(delegate, 1_000_000)) {
            scenario.publishedItem(sitting, "Khai mạc");
            JsonNode subscribedAgain = member.nextOfType("agenda.published");
            assertThat(subscribedAgain.get("seq").asLong()).isEqualTo(3);
        }
    }

    @Test
    void aClientAheadOfTheLogOrTooFarBehindIsToldToReloadItsSnapshot() {
        try (WsClient ahead = WsClient.connect(delegate)) {
            ahead.nextOfType("session.welcome");
            ahead.send(subscribe(1_000_000));
            JsonNode subscribed = ahead.nextOfType("sitting.subscribed");
            assertThat(subscribed.get("reload").asBoolean()).isTrue();
            assertThat(subscribed.get("lastSeq").asLong()).isZero();
        }
        try (WsClient current = WsClient.connect(delegate)) {
            current.nextOfType("session.welcome");
            current.send(subscribe(0));
            assertThat(current.nextOfType("sitting.subscribed").get("reload").asBoolean()).isFalse();
        }
    }

    @Test
    void aClientThatKeepsSendingGarbageIsDisconnected() {
        try (WsClient client = WsClient.connect(delegate)) {
            client.nextOfType("session.welcome");
            // One more than hopso.realtime.max-errors-per-minute (30): all are sent before the server reads the last.
            IntStream.range(0, 31).forEach(i -> client.send("garbage " + i));
            assertThat(client.closed().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join()).isEqualTo(1008);
        }
        try (WsClient other = WsClient.connect(delegate)) {
            other.nextOfType("session.welcome");
        }
    }

    @Test
    void concurrentChangesGetAGaplessSequenceDeliveredInOrder() throws Exception {
        int changes = 24;
        try (WsClient staff = subscribed(secretariat, 0); ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                int n = i;
                done.add(pool.submit(() -> scenario.item(sitting, "Nội dung " + n, false)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            List<Long> seqs = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                seqs.add(staff.nextOfType("agenda.added").get("seq").asLong());
            }
            assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, changes).mapToObj(Long::valueOf).toList());
        }
        List<Integer> positions = secretariat.get("/api/sittings/" + sitting + "/view").body().get("agenda")
                .valueStream().map(i -> i.get("position").asInt()).toList();
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, changes).boxed().toList());
        assertThat(jdbc.sql("select count(distinct seq) from sitting_events where sitting_id = ?::uuid")
                .param(sitting).query(Long.class).single()).isEqualTo(changes);
    }

    private WsClient subscribed(ApiClient api, long afterSeq) {
        WsClient client = WsClient.connect(api);
        client.nextOfType("session.welcome");
        client.send(subscribe(afterSeq));
        client.next(f -> f.path("type").asString().equals("sitting.subscribed"), Duration.ofSeconds(10));
        return client;
    }

    private String next(String ref, String fromItemId, String commandId) {
        return "{\"type\":\"agenda.next\",\"ref\":\"" + ref + "\",\"commandId\":\"" + commandId
                + "\",\"sittingId\":\"" + sitting + "\",\"fromItemId\":\"" + fromItemId + "\"}";
    }

    private String subscribe(long afterSeq) {
        return "{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":" + afterSeq + "}";
    }

    private static List<String> types(List<JsonNode> frames) {
        return frames.stream().map(f -> f.get("type").asString()).toList();
    }
}
