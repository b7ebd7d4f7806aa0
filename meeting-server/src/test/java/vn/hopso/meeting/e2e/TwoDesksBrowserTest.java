package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * Two secretaries prepare the same council at two desks: what one adds or renames appears on the other's screen
 * without a reload, and an edit the other began from the older record is refused instead of overwriting it.
 */
class TwoDesksBrowserTest extends BrowserScenario {

    private static final String SITE = "Điểm cầu xã Tân Lập";
    private static final String RENAMED = "Điểm cầu xã Tân Lập (huyện Lục Ngạn)";
    private static final String ADDED = "Điểm cầu xã Hòa Bình";

    @Test
    void whatOneDeskChangesAppearsAtTheOtherAndAStaleEditThereIsRefused() {
        Organisation council = fixtures().council("HĐND tỉnh Bắc Giang");
        TestUser first = fixtures().member(council, Role.SECRETARIAT, "Lê Thị Thư");
        TestUser second = fixtures().member(council, Role.SECRETARIAT, "Đỗ Văn Ký");
        ApiClient otherDesk = api(second);
        String sites = "/api/organisations/" + council.id() + "/sites";
        JsonNode site = otherDesk.post(sites, Map.of("name", SITE, "level", "COMMUNE", "kind", "MEETING_ROOM")).body();

        Browser desk = signedIn("secretariat", first);
        desk.click("section-sites");
        desk.until("the site is listed", driver -> desk.find("site-list").getText().contains(SITE));
        desk.markPage();
        desk.driver().findElement(By.cssSelector("[aria-label='Sửa " + SITE + "']")).click();
        WebElement form = desk.find("site-form");
        desk.type(desk.find(form, "field-name"), "Điểm cầu xã Tân Lập (sửa ở bàn thứ nhất)");

        var renamed = otherDesk.put("/api/sites/" + site.get("id").asString(), Map.of("name", RENAMED,
                "level", "COMMUNE", "kind", "MEETING_ROOM", "version", site.get("version").asLong()));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        otherDesk.post(sites, Map.of("name", ADDED, "level", "COMMUNE", "kind", "MEETING_ROOM"));

        desk.until("the other desk's changes are listed", driver -> {
            String list = desk.find("site-list").getText();
            return list.contains(RENAMED) && list.contains(ADDED);
        });
        assertThat(desk.samePage()).as("the list followed without a page reload").isTrue();
        desk.screenshot("t-01-other-desks-changes-listed");

        desk.find(desk.find("site-form"), "form-submit").click();
        desk.until("the stale edit is refused with a reason", driver -> desk.find("site-form").getText()
                .contains("Dữ liệu vừa được người khác thay đổi. Vui lòng xem lại rồi thử lại."));
        desk.screenshot("t-02-stale-edit-refused", desk.find("site-form"));
        assertThat(otherDesk.get(sites).body().valueStream().map(s -> s.get("name").asString()))
                .containsExactlyInAnyOrder(RENAMED, ADDED);
    }
}
