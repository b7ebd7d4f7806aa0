package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * Scenario c: names and titles are data, never markup. A member and an agenda item named like an HTML tag with a
 * script handler are shown as those very characters on every screen, and nothing of them runs.
 */
class HostileTextBrowserTest extends BrowserScenario {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final String HOSTILE_DESCRIPTION = "Tóm tắt <b>in đậm</b> <script>alert(2)</script>";

    /** Elements that would exist only if some text had been parsed as HTML (the app itself renders none). */
    private static final String INJECTED_ELEMENTS = "return document.querySelectorAll('#app img, #app b, #app script').length;";

    @Test
    void aMemberNameAndAnItemTitleThatLookLikeHtmlAreShownLiterallyAndNeverRun() {
        Organisation council = fixtures().council("HĐND tỉnh Bà Rịa – Vũng Tàu");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Huỳnh Thị Thư");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Lâm Văn Chủ");
        TestUser hostile = fixtures().member(council, Role.DELEGATE, HOSTILE);
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp chuyên đề"), "Phiên họp thường lệ");
        String item = desk.publishedAgenda(sitting, HOSTILE).getFirst();
        desk.describe(item, HOSTILE, HOSTILE_DESCRIPTION);
        new ChairLink(api(chair)).start(sitting);

        Browser delegate = signedIn("delegate", hostile);
        assertThat(delegate.text("user-name")).isEqualTo(HOSTILE);
        WebElement row = delegate.find("agenda-item-" + item);
        assertThat(row.findElement(Browser.testId("agenda-item-title")).getText()).isEqualTo(HOSTILE);
        assertThat(delegate.text("current-item-title")).isEqualTo(HOSTILE);
        row.findElement(By.tagName("button")).click();
        assertThat(delegate.text("item-details-title")).isEqualTo(HOSTILE);
        assertThat(delegate.driver().findElement(By.cssSelector(".item-description")).getText())
                .isEqualTo(HOSTILE_DESCRIPTION);
        nothingWasInjected(delegate);
        delegate.screenshot("c-01-delegate-hostile-name-and-title-as-text");

        Browser console = signedIn("secretariat", secretary);
        console.click("section-members");
        WebElement member = console.find("member-" + hostile.membershipId());
        assertThat(member.getText()).contains(HOSTILE);
        nothingWasInjected(console);
        console.screenshot("c-02-secretariat-member-list-hostile-name", member);

        console.open("#/display/" + sitting);
        assertThat(console.text("current-item-title")).isEqualTo(HOSTILE);
        nothingWasInjected(console);
        console.screenshot("c-03-hall-display-hostile-title");
    }

    private static void nothingWasInjected(Browser browser) {
        assertThat(browser.script(INJECTED_ELEMENTS)).as("elements parsed from names or titles").isEqualTo(0L);
        assertThat(browser.alerts()).as("alert() calls").isEmpty();
    }
}
