package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures.TestUser;

/** Scenario b: the chair steers the sitting from the console; the delegate screen and the hall display follow. */
class ChairSteeringBrowserTest extends BrowserScenario {

    private static final By CURRENT_AGENDA_ITEM = By.cssSelector("[data-testid='agenda-list'] li[aria-current='true']");

    private static final String OPENING = "Khai mạc kỳ họp";
    private static final String REPORT = "Báo cáo công tác năm 2026 của Thường trực Hội đồng nhân dân tỉnh";
    private static final String DEBATE = "Thảo luận tại hội trường về dự thảo nghị quyết";

    @Test
    void theDelegateScreenAndTheHallDisplayFollowTheChairLive() {
        Organisation council = fixtures().council("HĐND tỉnh Quảng Ngãi");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Võ Thị Thư Ký");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Phạm Minh Chủ");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Đặng Thị Hương");
        TestUser hall = fixtures().member(council, Role.OBSERVER, "Màn hình hội trường");
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ mười"), "Phiên khai mạc");
        List<String> items = desk.publishedAgenda(sitting, OPENING, REPORT, DEBATE);
        String opening = items.get(0);
        String report = items.get(1);

        Browser console = signedIn("chair", chair);
        console.click("sitting-link-" + sitting);
        assertThat(console.driver().getCurrentUrl()).endsWith("#/chair/" + sitting);
        console.find("chair-start");

        Browser follower = signedIn("delegate", delegate);
        assertThat(follower.text("sitting-title")).isEqualTo("Phiên khai mạc");
        assertThat(follower.driver().findElements(CURRENT_AGENDA_ITEM)).isEmpty();

        Browser display = signedIn("display", hall);
        display.open("#/display/" + sitting);
        assertThat(display.text("display-sitting-title")).isEqualTo("Phiên khai mạc");
        assertThat(display.text("current-item-title")).isEqualTo("Phiên họp chưa bắt đầu");
        follower.markPage();
        display.markPage();
        console.screenshot("b-01-chair-console-before-start");
        follower.screenshot("b-02-delegate-before-start");
        display.screenshot("b-03-hall-display-before-start");

        console.click("chair-start");
        followsTo(follower, display, opening, OPENING);
        assertThat(follower.find("sitting-state").getDomAttribute("data-state")).isEqualTo("IN_PROGRESS");
        console.screenshot("b-04-chair-console-started");
        follower.screenshot("b-05-delegate-follows-start");
        display.screenshot("b-06-hall-display-follows-start");

        console.click("chair-next");
        followsTo(follower, display, report, REPORT);
        assertThat(console.driver().findElement(CURRENT_AGENDA_ITEM).getDomAttribute("data-testid"))
                .isEqualTo("agenda-item-" + report);
        console.screenshot("b-07-chair-console-next-item");
        follower.screenshot("b-08-delegate-follows-next-item");
        display.screenshot("b-09-hall-display-follows-next-item");

        assertThat(List.of(follower.samePage(), display.samePage())).as("followed live, never reloaded")
                .containsOnly(true);
    }

    /** Waits until both screens show {@code itemId} as the one item under discussion. */
    private static void followsTo(Browser follower, Browser display, String itemId, String title) {
        follower.until("the delegate's agenda marks " + title + " as current", driver -> {
            List<WebElement> current = driver.findElements(CURRENT_AGENDA_ITEM);
            return current.size() == 1 && ("agenda-item-" + itemId).equals(current.getFirst().getDomAttribute("data-testid"));
        });
        follower.until("the delegate's current item reads " + title,
                driver -> title.equals(follower.text("current-item-title")));
        display.until("the hall display shows " + title, driver -> title.equals(display.text("current-item-title")));
    }
}
