package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * What ends access ends it on open WebSockets at once, not at the next heartbeat: the heartbeat is set to an hour
 * here, so only the immediate path can pass these tests.
 */
@TestPropertySource(properties = "hopso.realtime.heartbeat-interval=1h")
class SessionEndsOnSocketsSystemTest extends ServerTest {

    private Organisation council;
    private SittingScenario scenario;
    private String sitting;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Đăng Xuất");
        scenario = new SittingScenario(login(fixtures().member(council, Role.SECRETARIAT)));
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
    }

    @Test
    void loggingOutClosesThatSessionsSocketsAndNoOther() {
        Fixtures.TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient laptop = login(delegate);
        ApiClient tablet = login(delegate);
        try (WsClient onLaptop = subscribed(laptop); WsClient onTablet = subscribed(tablet)) {
            assertThat(laptop.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);

            JsonNode revoked = onLaptop.nextOfType("error");
            assertThat(revoked.get("code").asString()).isEqualTo("access_revoked");
            assertThat(revoked.get("sittingId").isNull()).isTrue();
            assertThat(onLaptop.closed().orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4401);

            // The same person's other session keeps its stream.
            scenario.publishedItem(sitting, "Khai mạc");
            assertThat(onTablet.nextOfType("agenda.published").get("item").get("title").asString()).isEqualTo("Khai mạc");
        }
        // A command sent on an old socket after logout can no longer arrive: the socket is gone, and a new one is refused.
        assertThat(laptop.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsSocketsAndAResetEndsThemAll() {
        Fixtures.TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient laptop = login(delegate);
        ApiClient tablet = login(delegate);
        try (WsClient onLaptop = subscribed(laptop); WsClient onTablet = subscribed(tablet)) {
            var changed = laptop.put("/api/me/password", Map.of("currentPassword", Fixtures.PASSWORD,
                    "newPassword", "Sông Hồng mùa nước nổi"));
            assertThat(changed.status()).as(changed.raw()).isEqualTo(200);

            assertThat(onTablet.closed().orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4401);
            onLaptop.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"still\"}");
            assertThat(onLaptop.nextOfType("heartbeat.pong").get("nonce").asString()).isEqualTo("still");

            ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
            JsonNode member = secretariat.get("/api/organisations/" + council.id() + "/members").body().valueStream()
                    .filter(m -> m.get("username").asString().equals(delegate.username())).findFirst().orElseThrow();
            Map<String, Object> reset = new java.util.HashMap<>(Map.of("fullName", member.get("fullName").asString(),
                    "username", delegate.username(), "password", "Mật khẩu do thư ký đặt 2026", "role", "DELEGATE",
                    "version", member.get("version").asLong()));
            assertThat(secretariat.put("/api/members/" + delegate.membershipId(), reset).status()).isEqualTo(200);
            assertThat(onLaptop.closed().orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4401);
        }
    }

    @Test
    void aPasswordChangeRequiredByAnAdministratorEndsTheAccountsSessionsAndSockets() {
        Fixtures.TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient laptop = login(delegate);
        ApiClient admin = login(fixtures().member(council, Role.ADMIN));
        try (WsClient onLaptop = subscribed(laptop)) {
            var required = admin.post("/api/members/" + delegate.membershipId() + "/require-password-change", Map.of());
            assertThat(required.status()).as(required.raw()).isEqualTo(204);

            assertThat(onLaptop.nextOfType("error").get("code").asString()).isEqualTo("access_revoked");
            assertThat(onLaptop.closed().orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4401);
        }
        assertThat(laptop.get("/api/me").status()).isEqualTo(401);
        var again = login(delegate).get("/api/me");
        assertThat(again.body().get("mustChangePassword").asBoolean()).isTrue();
    }

    @Test
    void aRoleTakenAwayDropsTheSittingAtOnceAndItsContentWithIt() {
        Fixtures.TestUser delegate = fixtures().member(council, Role.DELEGATE);
        ApiClient admin = login(fixtures().member(council, Role.ADMIN));
        try (WsClient stream = subscribed(login(delegate))) {
            assertThat(admin.delete("/api/members/" + delegate.membershipId()).status()).isEqualTo(204);

            JsonNode revoked = stream.nextOfType("error");
            assertThat(revoked.get("code").asString()).isEqualTo("access_revoked");
            assertThat(revoked.get("sittingId").asString()).isEqualTo(sitting);

            scenario.publishedItem(sitting, "Công tác cán bộ");
            stream.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"after\"}");
            assertThat(stream.until(f -> f.path("type").asString().equals("heartbeat.pong")))
                    .extracting(f -> f.get("type").asString()).containsExactly("heartbeat.pong");
        }
    }

    @Test
    void aSittingMadeClosedDropsTheGuestsFollowingItAtOnce() {
        ApiClient secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        try (WsClient guest = subscribed(login(fixtures().member(council, Role.GUEST)));
                WsClient delegate = subscribed(login(fixtures().member(council, Role.DELEGATE)))) {
            JsonNode planned = secretariat.get("/api/sittings/" + sitting).body();
            assertThat(secretariat.put("/api/sittings/" + sitting, scenario.sittingForm(planned, true)).status())
                    .isEqualTo(200);

            JsonNode revoked = guest.nextOfType("error");
            assertThat(revoked.get("code").asString()).isEqualTo("access_revoked");
            assertThat(revoked.get("sittingId").asString()).isEqualTo(sitting);
            assertThat(delegate.nextOfType("sitting.updated").get("sitting").get("closed").asBoolean()).isTrue();
        }
    }

    @Test
    void anAccountHoldsOnlySoManySocketsAtOnce() {
        ApiClient guest = login(fixtures().member(council, Role.GUEST));
        java.util.List<WsClient> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                WsClient socket = WsClient.connect(guest);
                socket.nextOfType("session.welcome");
                open.add(socket);
            }
            try (WsClient oneTooMany = WsClient.connect(guest)) {
                assertThat(oneTooMany.closed().orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4429);
            }
            open.removeFirst().close();
            try (WsClient again = WsClient.connect(guest)) {
                again.nextOfType("session.welcome");
            }
        } finally {
            open.forEach(WsClient::close);
        }
    }

    @Test
    void subscribingOverAndOverIsThrottledInsteadOfReplayingTheLogAgainAndAgain() {
        for (int i = 0; i < 20; i++) {
            scenario.publishedItem(sitting, "Nội dung " + i);
        }
        try (WsClient greedy = WsClient.connect(login(fixtures().member(council, Role.GUEST)))) {
            greedy.nextOfType("session.welcome");
            for (int i = 0; i < 30; i++) {
                greedy.send("{\"type\":\"sitting.subscribe\",\"ref\":\"s" + i + "\",\"sittingId\":\"" + sitting
                        + "\",\"afterSeq\":0}");
            }
            JsonNode limited = greedy.next(f -> f.path("code").asString().equals("rate_limited"), Duration.ofSeconds(10));
            assertThat(limited.get("type").asString()).isEqualTo("error");
        }
    }

    private WsClient subscribed(ApiClient api) {
        WsClient client = WsClient.connect(api);
        client.nextOfType("session.welcome");
        client.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
        client.nextOfType("sitting.subscribed");
        return client;
    }
}
