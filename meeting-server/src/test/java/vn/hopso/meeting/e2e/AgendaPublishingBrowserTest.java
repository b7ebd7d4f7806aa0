package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;

/** Scenario a: the secretariat prepares a sitting in the console; a delegate already watching sees it published. */
class AgendaPublishingBrowserTest extends BrowserScenario {

    private static final String SITTING = "Phiên chất vấn và trả lời chất vấn";
    private static final String ITEM = "Báo cáo tình hình kinh tế – xã hội năm 2026";

    @Test
    void anItemPreparedAndPublishedInTheConsoleAppearsOnTheWatchingDelegatesScreenWithoutReload() {
        Organisation council = fixtures().council("HĐND tỉnh Thừa Thiên Huế");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Lê Thị Thư");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Trần Văn Đại");
        String session = desk(secretary).session(council, "Kỳ họp thứ mười hai");

        Browser console = browser("secretariat");
        console.open("#/login");
        console.type("login-username", secretary.username());
        console.type("login-password", Fixtures.PASSWORD);
        console.screenshot("a-01-login-page-filled");
        console.click("login-submit");
        console.find("section-sessions");
        assertThat(console.text("user-name")).isEqualTo("Lê Thị Thư");
        console.screenshot("a-02-secretariat-console-after-login");

        console.click("open-session-" + session);
        WebElement sittingForm = console.find("sitting-form");
        console.type(console.find(sittingForm, "field-title"), SITTING);
        CouncilDesk.Typed start = CouncilDesk.inAnHourAsTyped();
        console.type(console.find(sittingForm, "field-startDate"), start.date());
        console.type(console.find(sittingForm, "field-startTime"), start.time());
        console.type(console.find(sittingForm, "field-place"), "Hội trường Hội đồng nhân dân tỉnh");
        console.find(sittingForm, "form-submit").click();
        WebElement openSitting = console.until("the new sitting is listed", driver -> driver.findElements(By.xpath(
                "//table[@data-testid='sitting-list']//tr[td[contains(., '" + SITTING + "')]]"
                        + "//button[starts-with(@data-testid, 'open-sitting-')]")).stream().findFirst().orElse(null));
        String sitting = openSitting.getDomAttribute("data-testid").substring("open-sitting-".length());
        console.screenshot("a-03-console-sitting-created", openSitting);

        openSitting.click();
        WebElement itemForm = console.find("agenda-form");
        console.type(console.find(itemForm, "field-title"), ITEM);
        console.type(console.find(itemForm, "field-presenter"), "Phó Chủ tịch Ủy ban nhân dân tỉnh");
        console.type(console.find(itemForm, "field-estimatedMinutes"), "30");
        console.find(itemForm, "form-submit").click();
        WebElement publish = console.until("the draft item is listed with its publish button", driver -> driver
                .findElements(By.cssSelector("[data-testid^='publish-item-']")).stream().findFirst().orElse(null));
        String item = publish.getDomAttribute("data-testid").substring("publish-item-".length());
        assertThat(console.find("agenda-item-" + item).getText()).contains(ITEM, "Bản nháp");
        console.screenshot("a-04-console-draft-item", publish);

        Browser watcher = signedIn("delegate", delegate);
        assertThat(watcher.driver().getCurrentUrl()).endsWith("#/delegate");
        assertThat(watcher.text("sitting-title")).isEqualTo(SITTING);
        assertThat(watcher.has("agenda-item-" + item)).as("a draft is not shown to delegates").isFalse();
        watcher.markPage();
        watcher.screenshot("a-05-delegate-watching-before-publish");

        publish.click();
        WebElement arrived = watcher.find("agenda-item-" + item);
        assertThat(arrived.findElement(Browser.testId("agenda-item-title")).getText()).isEqualTo(ITEM);
        assertThat(arrived.getText()).startsWith("1.");
        assertThat(watcher.samePage()).as("the item arrived live, without a page reload").isTrue();
        watcher.screenshot("a-06-delegate-sees-published-item");

        console.until("the console shows the item published", driver ->
                !console.has("publish-item-" + item) && console.find("agenda-item-" + item).getText().contains("Đã công bố"));
        console.screenshot("a-07-console-after-publish", console.find("agenda-item-" + item));
    }
}
