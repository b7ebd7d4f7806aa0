package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.hopso.meeting.security.SecretariatDesk.body;
import static vn.hopso.meeting.security.SecretariatDesk.unique;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * The WebSocket commands, authorised by role and council like the REST calls: a refused command answers an error
 * frame {@code forbidden} with the command's {@code ref} ({@code not_found} for a sitting the caller may not see at all:
 * another council's, a closed one for a guest), changes nothing, and a refused subscription delivers no event at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// One delivery lane: an event that reached the witness has been handed to every other subscriber too, so a leaked
// event would be queued before the answer to a later ping.
@TestPropertySource(properties = "hopso.realtime.fanout-threads=1")
class WebSocketPermissionTest extends ServerTest {

    /** One user per role of council A, then the chair and the secretariat of council B. */
    enum Caller {
        ADMIN, SECRETARIAT, CHAIR, DELEGATE, SITE_OPERATOR, GUEST, OBSERVER, BALLOT_COMMITTEE, CHAIR_OF_B, SECRETARIAT_OF_B
    }

    /**
     * Written out by hand from {@code access/Permission.java} (VIEW, VIEW_CLOSED, RUN_SITTING, CHAIR_SITTING) and
     * docs/PROTOCOL.md; columns follow {@link Caller}. All sittings belong to council A.
     */
    private static final String MATRIX = """
            command           sitting      ADM SEC CHR DEL OPR GST OBS BAL  B-CHR B-SEC
            sitting.subscribe open         ok  ok  ok  ok  ok  ok  ok  ok   nf    nf
            sitting.subscribe closed       ok  ok  ok  ok  nf  nf  nf  ok   nf    nf
            sitting.start     planned      no  ok  ok  no  no  no  no  no   nf    nf
            sitting.end       in-progress  no  ok  ok  no  no  no  no  no   nf    nf
            agenda.next       in-progress  no  no  ok  no  no  no  no  no   nf    nf
            agenda.goto       in-progress  no  no  ok  no  no  no  no  no   nf    nf
            """;

    record Row(String command, String sitting, Caller caller, String answer) {
        boolean allowed() {
            return answer.equals("ok");
        }

        /** The refusal's code: the sitting may be seen but not steered, or not seen at all. */
        String refusal() {
            return answer.equals("nf") ? "not_found" : "forbidden";
        }

        @Override
        public String toString() {
            return command + " on a " + sitting + " sitting by " + caller + " → "
                    + (allowed() ? "accepted" : refusal());
        }
    }

    /** A sitting of council A prepared for one row, with two published items. */
    record Prepared(String sittingId, String firstItem, String secondItem) {
    }

    private TwoCouncils councils;
    private SecretariatDesk deskOfA;
    private String session;
    private String openSitting;
    private String closedSitting;
    /** Council A's secretariat, subscribed to the shared sittings: proof that their events did go out. */
    private WsClient witness;

    @BeforeAll
    void buildTheCouncils() {
        councils = new TwoCouncils(fixtures(), port);
        deskOfA = councils.deskOfA();
        session = deskOfA.session();
        openSitting = deskOfA.sitting(session, false);
        closedSitting = deskOfA.sitting(session, true);
        for (String sitting : List.of(openSitting, closedSitting)) {
            deskOfA.publishedItem(sitting, false);
            deskOfA.draftItem(sitting, true);
        }
        witness = WsClient.connect(councils.as(Role.SECRETARIAT));
        for (String sitting : List.of(openSitting, closedSitting)) {
            witness.send(command("sitting.subscribe", sitting, "w-" + sitting).put("afterSeq", lastSeq(sitting)));
            witness.next(f -> f.path("type").asString().equals("sitting.subscribed")
                    && f.path("sittingId").asString().equals(sitting));
        }
    }

    @AfterAll
    void closeConnections() {
        witness.close();
    }

    Stream<Row> subscriptions() {
        return matrix().stream().filter(row -> row.command().equals("sitting.subscribe"));
    }

    Stream<Row> commands() {
        return matrix().stream().filter(row -> !row.command().equals("sitting.subscribe"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subscriptions")
    void aSittingIsFollowedOnlyByThoseWhoMaySeeIt(Row row) {
        String sitting = row.sitting().equals("open") ? openSitting : closedSitting;
        try (WsClient client = WsClient.connect(client(row.caller()))) {
            long from = row.allowed() ? lastSeq(sitting) : 0;
            client.send(command("sitting.subscribe", sitting, "sub").put("afterSeq", from));
            JsonNode answer = client.next(f -> f.path("type").asString().equals("sitting.subscribed") || answers(f, "sub"));

            long before = changeTitle(sitting);
            witness.next(f -> isUpdateAfter(f, sitting, before));

            if (row.allowed()) {
                assertThat(answer.get("type").asString()).isEqualTo("sitting.subscribed");
                assertThat(client.next(f -> isUpdateAfter(f, sitting, before)).get("type").asString())
                        .isEqualTo("sitting.updated");
            } else {
                assertRefused(answer, "sub", row.refusal());
                // A second change through the one lane: by the time the witness has it, the first was handed to all.
                long later = changeTitle(sitting);
                witness.next(f -> isUpdateAfter(f, sitting, later));
                assertThat(framesUntilPong(client)).as("frames after a refused subscription").isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aSittingIsSteeredOnlyByThoseEntitledToIt(Row row) {
        Prepared prepared = prepare(row.sitting());
        JsonNode before = deskOfA.sittingState(prepared.sittingId());
        try (WsClient client = WsClient.connect(client(row.caller()))) {
            ObjectNode frame = command(row.command(), prepared.sittingId(), "cmd-1");
            if (row.command().equals("agenda.goto")) {
                frame.put("itemId", prepared.secondItem());
            }
            if (row.command().startsWith("agenda.")) {
                frame.put("fromItemId", prepared.firstItem());
            }
            client.send(frame);
            JsonNode answer = client.next(f -> answers(f, "cmd-1"));

            JsonNode after = deskOfA.sittingState(prepared.sittingId());
            if (row.allowed()) {
                assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("command.accepted");
                assertThat(after.get("lastSeq").asLong()).isGreaterThan(before.get("lastSeq").asLong());
                assertThat(after.get("state").asString() + " " + currentItem(after))
                        .isEqualTo(switch (row.command()) {
                            case "sitting.start" -> "IN_PROGRESS " + prepared.firstItem();
                            case "sitting.end" -> "ENDED ";
                            default -> "IN_PROGRESS " + prepared.secondItem();
                        });
            } else {
                assertRefused(answer, "cmd-1", row.refusal());
                assertThat(after).isEqualTo(before);
            }
        }
    }

    Stream<Caller> councilRoles() {
        return Stream.of(Caller.values()).filter(caller -> caller != Caller.CHAIR_OF_B && caller != Caller.SECRETARIAT_OF_B);
    }

    /**
     * Live, over the WebSocket, what each role of the council is sent of a closed item (họp kín) and of a draft: only
     * members see the closed item, only staff the draft, and the public are told no more than "a closed item is
     * current" — neither its id nor its title nor a number that would show where it stands.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("councilRoles")
    void closedItemsAndDraftsReachOnlyThoseEntitledToThemLive(Caller caller) {
        boolean member = switch (caller) {
            case ADMIN, SECRETARIAT, CHAIR, DELEGATE, BALLOT_COMMITTEE -> true;
            case SITE_OPERATOR, GUEST, OBSERVER, CHAIR_OF_B, SECRETARIAT_OF_B -> false;
        };
        boolean staff = caller == Caller.ADMIN || caller == Caller.SECRETARIAT || caller == Caller.CHAIR;
        Prepared prepared = prepare("in-progress");
        String sitting = prepared.sittingId();
        try (WsClient client = WsClient.connect(client(caller))) {
            client.send(command("sitting.subscribe", sitting, "live").put("afterSeq", lastSeq(sitting)));
            client.next(f -> f.path("type").asString().equals("sitting.subscribed"));
            witness.send(command("sitting.subscribe", sitting, "w-live").put("afterSeq", lastSeq(sitting)));
            witness.next(f -> f.path("type").asString().equals("sitting.subscribed")
                    && f.path("sittingId").asString().equals(sitting));

            String closedItem = deskOfA.publishedItem(sitting, true);
            String draft = deskOfA.draftItem(sitting, false);
            String ref = "goto-" + unique();
            assertThat(steer(command("agenda.goto", sitting, ref).put("itemId", closedItem)
                    .put("fromItemId", prepared.firstItem()), ref).get("type").asString()).isEqualTo("command.accepted");
            long end = changeTitle(sitting);
            witness.next(f -> isUpdateAfter(f, sitting, end));

            List<JsonNode> frames = framesUntilPong(client);
            String all = frames.toString();
            assertThat(all.contains(closedItem)).as("the closed item's id sent to %s", caller).isEqualTo(member);
            assertThat(all.contains(draft)).as("the draft's id sent to %s", caller).isEqualTo(staff);
            JsonNode current = frames.stream().filter(f -> f.path("type").asString().equals("agenda.current"))
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(current.get("closed").asBoolean()).isEqualTo(!member);
            assertThat(current.get("itemId").isNull()).isEqualTo(!member);
            if (!member) {
                assertThat(frames).filteredOn(f -> f.path("item").isObject())
                        .allMatch(f -> f.get("item").get("number").asInt() <= 2);
            }
        } finally {
            witness.send(command("sitting.unsubscribe", sitting, "w-done"));
            witness.next(f -> answers(f, "w-done"));
        }
    }

    @Test
    void aWebSocketHandshakeWithoutALoginIsRefusedWith401() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertHandshakeRefused(http.newWebSocketBuilder(), councils.anonymous().webSocketUri());
        }
    }

    @Test
    void aWebSocketHandshakeAfterLogoutIsRefusedWith401() {
        TestUser delegate = fixtures().member(councils.a, Role.DELEGATE);
        ApiClient client = login(delegate);
        assertThat(client.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);

        assertHandshakeRefused(client.webSocket(), client.webSocketUri());
    }

    @Test
    void aRoleRevokedWhileConnectedIsRefusedAtTheNextCommand() {
        TestUser chair = fixtures().member(councils.a, Role.CHAIR);
        Prepared prepared = prepare("in-progress");
        try (WsClient client = WsClient.connect(login(chair))) {
            client.nextOfType("session.welcome");
            var revoked = councils.as(Role.SECRETARIAT).delete("/api/members/" + chair.membershipId());
            assertThat(revoked.status()).isEqualTo(204);
            JsonNode before = deskOfA.sittingState(prepared.sittingId());

            client.send(command("agenda.next", prepared.sittingId(), "after-revoke")
                    .put("fromItemId", prepared.firstItem()));

            assertRefused(client.next(f -> answers(f, "after-revoke")), "after-revoke", "not_found");
            assertThat(deskOfA.sittingState(prepared.sittingId())).isEqualTo(before);
        }
    }

    @Test
    void theChairCannotMoveToAnItemOfAnotherCouncilsSitting() {
        SecretariatDesk deskOfB = councils.deskOfB();
        String itemOfB = deskOfB.publishedItem(deskOfB.sitting(deskOfB.session(), false), false);
        Prepared prepared = prepare("in-progress");
        JsonNode before = deskOfA.sittingState(prepared.sittingId());
        try (WsClient client = WsClient.connect(councils.as(Role.CHAIR))) {
            client.send(command("agenda.goto", prepared.sittingId(), "forged").put("itemId", itemOfB)
                    .put("fromItemId", prepared.firstItem()));

            JsonNode answer = client.next(f -> answers(f, "forged"));
            assertThat(answer.get("type").asString()).isEqualTo("error");
            assertThat(answer.get("code").asString()).isEqualTo("item_not_in_sitting");
        }
        assertThat(deskOfA.sittingState(prepared.sittingId())).isEqualTo(before);
    }

    // ---- helpers

    /**
     * The chair's answer to one command, sent on a connection of its own: the tests run faster than a person, and one
     * connection used for all of them would soon be held to the frames per second a client may send.
     */
    private JsonNode steer(JsonNode command, String ref) {
        try (WsClient chair = WsClient.connect(councils.as(Role.CHAIR))) {
            chair.send(command);
            return chair.next(f -> answers(f, ref));
        }
    }

    private Prepared prepare(String state) {
        String sitting = deskOfA.sitting(session, false);
        Prepared prepared = new Prepared(sitting, deskOfA.publishedItem(sitting, false),
                deskOfA.publishedItem(sitting, false));
        if (state.equals("in-progress")) {
            String ref = "start-" + unique();
            JsonNode answer = steer(command("sitting.start", sitting, ref), ref);
            assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("command.accepted");
        }
        assertThat(deskOfA.sittingState(sitting).get("state").asString())
                .isEqualTo(state.equals("in-progress") ? "IN_PROGRESS" : "PLANNED");
        return prepared;
    }

    /**
     * Renames the sitting through REST, which emits {@code sitting.updated} (one per group of viewers that see the
     * sitting differently); answers the log's position before it.
     */
    private long changeTitle(String sitting) {
        long before = lastSeq(sitting);
        JsonNode current = deskOfA.sittingState(sitting);
        var response = councils.as(Role.SECRETARIAT).put("/api/sittings/" + sitting, body(
                "title", "Phiên họp (đổi tên lần " + unique() + ")", "startsAt", current.get("startsAt").asString(),
                "endsAt", current.get("endsAt").asString(), "place", "Hội trường", "closed", current.get("closed").asBoolean(),
                "version", current.get("version").asLong()));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return before;
    }

    private static String currentItem(JsonNode sitting) {
        return sitting.path("currentItemId").isString() ? sitting.get("currentItemId").asString() : "";
    }

    private long lastSeq(String sitting) {
        return deskOfA.sittingState(sitting).get("lastSeq").asLong();
    }

    /**
     * What the client was sent before the answer to a ping sent now, but {@code organisation.changed}: that names only
     * the organisation and one of its lists, to every member, and nothing of any sitting.
     */
    private static List<JsonNode> framesUntilPong(WsClient client) {
        String nonce = "n-" + unique();
        client.send(ApiClient.json().createObjectNode().put("type", "heartbeat.ping").put("nonce", nonce));
        List<JsonNode> frames = new ArrayList<>(client.until(f -> f.path("nonce").asString().equals(nonce)));
        frames.removeLast();
        frames.removeIf(f -> f.path("type").asString().equals("organisation.changed")
                && f.size() == 3 && f.has("organisationId") && f.has("list"));
        return frames;
    }

    private static void assertRefused(JsonNode answer, String ref, String code) {
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("error");
        assertThat(answer.get("ref").asString()).isEqualTo(ref);
        assertThat(answer.get("code").asString()).isEqualTo(code);
        assertThat(answer.get("message").asString()).isEqualTo(code.equals("forbidden")
                ? "Bạn không có quyền thực hiện thao tác này." : "Không tìm thấy phiên họp.");
    }

    private static void assertHandshakeRefused(WebSocket.Builder builder, URI uri) {
        Throwable refused = catchThrowable(() -> builder.buildAsync(uri, new WebSocket.Listener() { }).join());

        assertThat(refused).hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(401);
    }

    private static ObjectNode command(String type, String sittingId, String ref) {
        return ApiClient.json().createObjectNode().put("type", type).put("ref", ref).put("sittingId", sittingId);
    }

    private static boolean answers(JsonNode frame, String ref) {
        return frame.path("ref").isString() && frame.path("ref").asString().equals(ref);
    }

    private static boolean isUpdateAfter(JsonNode frame, String sittingId, long seq) {
        return frame.path("type").asString().equals("sitting.updated")
                && frame.path("sittingId").asString().equals(sittingId) && frame.path("seq").asLong() > seq;
    }

    private ApiClient client(Caller caller) {
        return switch (caller) {
            case ADMIN, SECRETARIAT, CHAIR, DELEGATE, SITE_OPERATOR, GUEST, OBSERVER, BALLOT_COMMITTEE ->
                    councils.as(Role.valueOf(caller.name()));
            case CHAIR_OF_B -> councils.as(councils.chairOfB);
            case SECRETARIAT_OF_B -> councils.as(councils.secretariatOfB);
        };
    }

    private static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        if (lines.getFirst().trim().split("\\s+").length != 2 + Caller.values().length) {
            throw new IllegalStateException("the matrix header needs one column per caller");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length != 2 + Caller.values().length) {
                throw new IllegalStateException("a matrix row needs one answer per caller: " + line);
            }
            for (Caller caller : Caller.values()) {
                String answer = cells[2 + caller.ordinal()];
                if (!List.of("ok", "no", "nf").contains(answer)) {
                    throw new IllegalStateException("answers are ok, no (forbidden) or nf (not found): " + line);
                }
                rows.add(new Row(cells[0], cells[1], caller, answer));
            }
        }
        return rows;
    }
}
