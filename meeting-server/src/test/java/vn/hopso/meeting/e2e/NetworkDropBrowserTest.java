package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.realtime.NetworkDrop;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * Scenario d: the server cuts every WebSocket. Open screens say they are reconnecting, then catch up on every change
 * made while they were cut off — without a reload — and go on following live.
 */
class NetworkDropBrowserTest extends BrowserScenario {

    private static final By CURRENT_AGENDA_ITEM = By.cssSelector("[data-testid='agenda-list'] li[aria-current='true']");
    /** The client's back-off has grown to at most 4–8 s by the time the network is back; plus room for a loaded machine. */
    private static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(20);

    private static final String OPENING = "Khai mạc kỳ họp";
    private static final String REPORT = "Báo cáo thẩm tra";
    private static final String REPORT_RENAMED = "Báo cáo thẩm tra của Ban Kinh tế – Ngân sách";
    private static final String LATE = "Tờ trình bổ sung về đầu tư công trung hạn";
    private static final String DEBATE = "Thảo luận tại hội trường";

    @Test
    void screensCutOffShowTheBannerThenCatchUpOnEveryChangeMadeMeanwhileWithoutReload() {
        Organisation council = fixtures().council("HĐND tỉnh Lâm Đồng");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Ngô Thị Thư");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Đoàn Văn Chủ");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Hà Thị Đại Biểu");
        TestUser hall = fixtures().member(council, Role.OBSERVER, "Màn hình hội trường");
        CouncilDesk desk = desk(secretary);
        ChairLink chairLink = new ChairLink(api(chair));
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ tám"), "Phiên thảo luận");
        List<String> prepared = desk.publishedAgenda(sitting, OPENING, REPORT, DEBATE);
        String opening = prepared.get(0);
        String report = prepared.get(1);
        String debate = prepared.get(2);
        String late = desk.draftItem(sitting, LATE);
        chairLink.start(sitting);

        Browser follower = signedIn("delegate", delegate);
        Browser display = signedIn("display", hall);
        display.open("#/display/" + sitting);
        display.until("the hall display shows the opening", driver -> OPENING.equals(display.text("current-item-title")));
        follower.until("the delegate sees the opening as current", driver -> OPENING.equals(follower.text("current-item-title")));
        follower.markPage();
        display.markPage();
        follower.screenshot("d-01-delegate-before-drop");

        int cut = NetworkDrop.cutAll(server);
        // The cut alone lets a client back within 0.5–1 s (its first back-off). Holding both browsers off the network
        // right after it, as a hall Wi-Fi outage would, keeps them cut off for as long as the test needs to change
        // things and look; their own reconnect attempts keep failing until the network is back.
        follower.offline();
        display.offline();
        assertThat(cut).as("connections cut").isGreaterThanOrEqualTo(2);

        // Changed while both screens are cut off: the chair moves on, a late item is published and moved up, an
        // item is renamed.
        chairLink.next(sitting);
        desk.publish(late);
        desk.reorder(sitting, List.of(opening, report, late, debate));
        desk.describe(report, REPORT_RENAMED, "Ban Kinh tế – Ngân sách trình bày");

        assertThat(follower.find("reconnecting-banner").getText()).isEqualTo("Đang kết nối lại…");
        display.find("reconnecting-banner");
        assertThat(follower.text("current-item-title")).as("nothing arrives while cut off").isEqualTo(OPENING);
        follower.screenshot("d-02-delegate-reconnecting");
        display.screenshot("d-03-hall-display-reconnecting");

        follower.backOnline();
        display.backOnline();
        follower.until("the delegate reconnects", RECOVERY_PATIENCE, driver -> !follower.has("reconnecting-banner"));
        display.until("the hall display reconnects", RECOVERY_PATIENCE, driver -> !display.has("reconnecting-banner"));
        JsonNode truth = api(delegate).get("/api/sittings/" + sitting + "/view").body();
        List<String> expected = truth.get("agenda").valueStream()
                .map(item -> item.get("number").asInt() + ". " + item.get("title").asString()).toList();
        assertThat(expected).containsExactly("1. " + OPENING, "2. " + REPORT_RENAMED, "3. " + LATE, "4. " + DEBATE);
        follower.until("the delegate's agenda has caught up with " + expected, driver -> agenda(follower).equals(expected));
        follower.until("the delegate follows the chair to the renamed report",
                driver -> REPORT_RENAMED.equals(follower.text("current-item-title")));
        assertThat(follower.driver().findElement(CURRENT_AGENDA_ITEM).getDomAttribute("data-testid"))
                .isEqualTo("agenda-item-" + report);
        assertThat(follower.find("agenda-item-" + late).getText()).contains("Bổ sung");
        display.until("the hall display follows the chair to the renamed report",
                driver -> REPORT_RENAMED.equals(display.text("current-item-title")));
        assertThat(List.of(follower.samePage(), display.samePage())).as("caught up without a reload").containsOnly(true);
        follower.screenshot("d-04-delegate-caught-up");
        display.screenshot("d-05-hall-display-caught-up");

        chairLink.next(sitting);
        follower.until("the delegate follows live again", driver -> LATE.equals(follower.text("current-item-title")));
        display.until("the hall display follows live again", driver -> LATE.equals(display.text("current-item-title")));
        display.screenshot("d-06-hall-display-live-again");
    }

    /** The agenda as the delegate reads it: "number. title" per row, in order. */
    private static List<String> agenda(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[data-testid='agenda-list'] li")).stream()
                .map(row -> row.findElement(By.className("agenda-number")).getText() + " "
                        + row.findElement(Browser.testId("agenda-item-title")).getText())
                .toList();
    }
}
