package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * A site operator's desk in a sitting held across sites: they check in the delegates who attend at their site (and
 * see no one else's), and ask to speak for the site in the same queue as the delegates.
 */
class SiteDeskBrowserTest extends BrowserScenario {

    @Test
    void theOperatorChecksInTheSitesDelegatesAndAsksToSpeakForTheSite() {
        Organisation council = fixtures().council("HĐND tỉnh Tuyên Quang");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Hoàng Thị Thư");
        TestUser operator = fixtures().member(council, Role.SITE_OPERATOR, "Phạm Văn Tài");
        TestUser atSite = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        TestUser inHall = fixtures().member(council, Role.DELEGATE, "Trần Thị Bình");
        CouncilDesk desk = desk(secretary);
        String site = desk.site(council, "Điểm cầu xã Tân Lập", operator.membershipId());
        ApiClient secretariat = api(secretary);
        JsonNode member = secretariat.get("/api/organisations/" + council.id() + "/members").body().valueStream()
                .filter(m -> m.get("membershipId").asString().equals(atSite.membershipId().toString())).findFirst()
                .orElseThrow();
        assertThat(secretariat.put("/api/members/" + atSite.membershipId(), Map.of("fullName", "Nguyễn Văn An",
                "username", atSite.username(), "role", "DELEGATE", "version", member.get("version").asLong(),
                "siteId", site)).status()).isEqualTo(200);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ bảy"), "Phiên trực tuyến");
        desk.publishedAgenda(sitting, "Thảo luận dự thảo nghị quyết");
        new ChairLink(api(fixtures().member(council, Role.CHAIR, "Chủ tọa"))).start(sitting);

        Browser room = signedIn("site-operator", operator);
        room.find("site-check-in-" + site);
        assertThat(room.has("site-delegate-" + inHall.membershipId())).as("a delegate in the hall").isFalse();
        room.click("site-check-in");
        room.until("the delegate is present", driver -> room.text("site-present-count")
                .equals("Có mặt 1/1 đại biểu của điểm cầu"));
        room.until("the quorum line counts them", driver -> room.text("quorum-count").equals("Có mặt 1/2 đại biểu"));
        room.click("request-floor");
        room.until("the site sees its place", driver -> room.text("my-request")
                .equals("Điểm cầu đã đăng ký (Thảo luận), đang ở vị trí 1/1 trong danh sách chờ."));
        room.screenshot("t-01-site-operator-desk", room.find("site-check-in-" + site));

        JsonNode view = secretariat.get("/api/sittings/" + sitting + "/view").body();
        JsonNode entry = view.get("attendance").valueStream()
                .filter(e -> e.get("membershipId").asString().equals(atSite.membershipId().toString())).findFirst()
                .orElseThrow();
        assertThat(entry.get("status").asString()).isEqualTo("PRESENT");
        assertThat(view.get("speakers").findValuesAsString("fullName")).containsExactly("Điểm cầu xã Tân Lập");
        assertThat(view.get("speakers").get(0).get("siteId").asString()).isEqualTo(site);
    }
}
