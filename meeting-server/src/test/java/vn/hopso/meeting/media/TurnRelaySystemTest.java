package vn.hopso.meeting.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.media.domain.TurnCredentials;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestTurnServer;

/**
 * TURN against a real coturn that shares the server's secret: the credentials the server issues a signed-in person
 * get a relay; altered, stretched to a later expiry, or expired, they do not; nobody signed in gets any.
 */
class TurnRelaySystemTest extends ServerTest {

    private static final String SECRET = "the secret coturn and HọpSố share";
    private static final TestTurnServer TURN = TestTurnServer.start(SECRET);

    @DynamicPropertySource
    static void turn(DynamicPropertyRegistry registry) {
        registry.add("hopso.media.turn.uris", TURN::uri);
        registry.add("hopso.media.turn.secret", () -> SECRET);
        registry.add("hopso.media.turn.lifetime", () -> "2h");
    }

    @AfterAll
    static void stopTurn() {
        TURN.close();
    }

    @Test
    void aSignedInPersonsCredentialsGetARelayAndNothingForgedOrExpiredDoes() {
        Organisation council = fixtures().council("HĐND tỉnh Tiếp Sóng");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Lò Văn Xa");
        JsonNode ice;
        UUID account;
        try (ApiClient browser = ApiClient.loggedIn(port, delegate.username(), Fixtures.PASSWORD)) {
            account = UUID.fromString(browser.get("/api/me").body().get("accountId").asString());
            ApiClient.Response answer = browser.get("/api/media/ice-servers");
            assertThat(answer.status()).isEqualTo(200);
            ice = answer.body();
        }
        JsonNode server = ice.get("servers").get(0);
        assertThat(server.get("urls").get(0).asString()).isEqualTo(TURN.uri());
        String username = server.get("username").asString();
        String password = server.get("credential").asString();
        assertThat(username).as("named by account, not by user name").endsWith(":" + account)
                .doesNotContain(delegate.username());
        Instant expiresAt = Instant.parse(ice.get("expiresAt").asString());
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofMinutes(110)), Instant.now().plus(Duration.ofHours(2)));

        assertThat(TURN.allocates(username, password)).as("the issued credentials").isTrue();
        assertThat(TURN.allocates(username, password.substring(1) + "A")).as("an altered password").isFalse();
        String later = (expiresAt.getEpochSecond() + 86_400) + ":" + account;
        assertThat(TURN.allocates(later, password)).as("the same password for a later expiry").isFalse();
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        TurnCredentials.Issued expired = new TurnCredentials(SECRET, Duration.ofHours(2), yesterday)
                .issue(account.toString());
        assertThat(TURN.allocates(expired.username(), expired.password())).as("credentials whose time has passed")
                .isFalse();

        try (ApiClient anonymous = new ApiClient(port)) {
            assertThat(anonymous.get("/api/media/ice-servers").status()).isEqualTo(401);
        }
    }
}
