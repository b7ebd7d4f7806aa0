package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.util.HashMap;
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
 * A council sitting held across sites: the secretariat says where each delegate attends, and each site's operator
 * checks in and out the delegates at their own site, and no one else.
 */
class SiteAttendanceSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient secretariat;
    private String sitting;
    private TestUser atTanLap;
    private TestUser atBacSon;
    private TestUser inTheHall;
    private TestUser tanLapOperator;
    private String tanLap;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Nhiều Điểm Cầu");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        tanLapOperator = fixtures().member(council, Role.SITE_OPERATOR, "Kỹ thuật Tân Lập");
        tanLap = site("Điểm cầu xã Tân Lập", tanLapOperator);
        String bacSon = site("Điểm cầu phường Bắc Sơn", fixtures().member(council, Role.SITE_OPERATOR, "Kỹ thuật Bắc Sơn"));
        atTanLap = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        atBacSon = fixtures().member(council, Role.DELEGATE, "Trần Thị Bình");
        inTheHall = fixtures().member(council, Role.DELEGATE, "Lê Văn Cường");
        attendsAt(atTanLap, tanLap);
        attendsAt(atBacSon, bacSon);
    }

    @Test
    void anOperatorChecksInAndOutTheDelegatesAtTheirSiteAndEveryScreenFollows() {
        ApiClient operatorLogin = login(tanLapOperator);
        JsonNode operatorView = operatorLogin.get("/api/sittings/" + sitting + "/view").body();
        assertThat(operatorView.get("operatedSites").findValuesAsString("name")).containsExactly("Điểm cầu xã Tân Lập");
        assertThat(operatorView.get("attendance").valueStream()
                .filter(e -> tanLap.equals(e.get("siteId").asString(null)))
                .map(e -> e.get("fullName").asString())).containsExactly("Nguyễn Văn An");

        try (WsClient desk = subscribed(secretariat, sitting); WsClient site = connected(operatorLogin)) {
            accepted(site, at("check_in", atTanLap, "in"), "in");
            JsonNode seen = desk.nextOfType("attendance.changed");
            assertThat(seen.get("entry").get("fullName").asString()).isEqualTo("Nguyễn Văn An");
            assertThat(seen.get("entry").get("status").asString()).isEqualTo("PRESENT");
            assertThat(seen.get("entry").get("siteName").asString()).isEqualTo("Điểm cầu xã Tân Lập");
            assertThat(seen.get("quorum").get("present").asInt()).isEqualTo(1);

            assertThat(answer(site, at("check_in", atTanLap, "again"), "again").get("code").asString())
                    .isEqualTo("already_checked_in");
            accepted(site, at("check_out", atTanLap, "out"), "out");
            assertThat(desk.nextOfType("attendance.changed").get("entry").get("status").asString()).isEqualTo("LEFT");
            assertThat(answer(site, at("check_out", atTanLap, "out2"), "out2").get("code").asString())
                    .isEqualTo("not_checked_in");
        }
        int byOperator = jdbc.sql("""
                        select count(*) from attendance a join accounts acc on acc.id = a.recorded_by
                        where a.sitting_id = ? and acc.person_id = ?""")
                .params(UUID.fromString(sitting), tanLapOperator.personId()).query(Integer.class).single();
        assertThat(byOperator).as("both lines of the history, recorded by the operator").isEqualTo(2);
    }

    @Test
    void anOperatorCannotCheckInADelegateOfAnotherSiteOrOfNoSiteAndADelegateCannotUseTheSiteCommand() {
        try (WsClient site = connected(login(tanLapOperator)); WsClient delegate = connected(login(atTanLap))) {
            assertThat(answer(site, at("check_in", atBacSon, "other"), "other").get("code").asString())
                    .as("a delegate of another site").isEqualTo("delegate_of_another_site");
            assertThat(answer(site, at("check_in", inTheHall, "hall"), "hall").get("code").asString())
                    .as("a delegate in the hall").isEqualTo("delegate_of_another_site");
            assertThat(answer(site, "{\"type\":\"attendance.check_in\",\"ref\":\"self\",\"sittingId\":\"" + sitting
                    + "\"}", "self").get("code").asString()).as("an operator is no delegate").isEqualTo("forbidden");
            assertThat(answer(delegate, at("check_in", atTanLap, "own"), "own").get("code").asString())
                    .as("a delegate through the site command").isEqualTo("forbidden");
        }
        TestUser elsewhere = fixtures().member(fixtures().council("HĐND tỉnh Khác"), Role.SITE_OPERATOR);
        try (WsClient stranger = connected(login(elsewhere))) {
            assertThat(answer(stranger, at("check_in", atTanLap, "x"), "x").get("code").asString())
                    .isEqualTo("not_found");
        }
        assertThat(jdbc.sql("select count(*) from attendance where sitting_id = ?").param(UUID.fromString(sitting))
                .query(Integer.class).single()).as("nothing recorded").isZero();
    }

    @Test
    void aDelegateAttendsOnlyAtASiteOfTheirOwnCouncil() {
        Organisation other = fixtures().council("HĐND tỉnh Láng Giềng");
        ApiClient otherDesk = login(fixtures().member(other, Role.SECRETARIAT));
        Map<String, Object> form = new HashMap<>(Map.of("name", "Điểm cầu láng giềng", "level", "COMMUNE",
                "kind", "MEETING_ROOM"));
        String foreign = otherDesk.post("/api/organisations/" + other.id() + "/sites", form).body().get("id").asString();
        JsonNode member = member(atBacSon);
        var refused = secretariat.put("/api/members/" + atBacSon.membershipId(), edit(member, foreign));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("fields").get(0).get("code").asString()).isEqualTo("site_not_in_organisation");
        assertThat(member(atBacSon).get("siteName").asString()).isEqualTo("Điểm cầu phường Bắc Sơn");
    }

    private JsonNode member(TestUser user) {
        return secretariat.get("/api/organisations/" + council.id() + "/members").body().valueStream()
                .filter(m -> m.get("membershipId").asString().equals(user.membershipId().toString())).findFirst()
                .orElseThrow();
    }

    private void attendsAt(TestUser delegate, String siteId) {
        var saved = secretariat.put("/api/members/" + delegate.membershipId(), edit(member(delegate), siteId));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.body().get("siteId").asString()).isEqualTo(siteId);
    }

    private static Map<String, Object> edit(JsonNode member, String siteId) {
        return Map.of("fullName", member.get("fullName").asString(), "username", member.get("username").asString(),
                "role", member.get("role").asString(), "version", member.get("version").asLong(), "siteId", siteId);
    }

    private String site(String name, TestUser operator) {
        var created = secretariat.post("/api/organisations/" + council.id() + "/sites", Map.of("name", name,
                "level", "COMMUNE", "kind", "MEETING_ROOM", "operatorMembershipId", operator.membershipId().toString()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String at(String action, TestUser delegate, String ref) {
        return "{\"type\":\"attendance." + action + "_at_site\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting
                + "\",\"membershipId\":\"" + delegate.membershipId() + "\"}";
    }
}
