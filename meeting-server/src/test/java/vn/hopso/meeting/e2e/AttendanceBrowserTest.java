package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * Điểm danh as people do it: a delegate checks in on their laptop, the secretariat marks another on leave with the
 * reason, and the hall display, the delegate and the secretariat's board show the same quorum line at each step; then
 * the secretariat sends a notice, which the delegate dismisses and the hall display keeps showing.
 */
class AttendanceBrowserTest extends BrowserScenario {

    @Test
    void aCheckInAndAMarkReachTheBoardTheHallDisplayAndTheDelegateAlike() {
        Organisation council = fixtures().council("HĐND tỉnh Lạng Sơn");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Hoàng Thị Thư");
        TestUser an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        TestUser binh = fixtures().member(council, Role.DELEGATE, "Trần Thị Bình");
        fixtures().member(council, Role.DELEGATE, "Lê Văn Cường");
        CouncilDesk desk = desk(secretary);
        String session = desk.session(council, "Kỳ họp thứ tám");
        String sitting = desk.sitting(session, "Phiên khai mạc");
        desk.publishedAgenda(sitting, "Khai mạc kỳ họp");

        Browser display = signedIn("display", secretary);
        display.open("#/display/" + sitting);
        display.until("the hall display shows nobody present yet",
                driver -> display.text("quorum-count").equals("Có mặt 0/3 đại biểu"));

        Browser laptop = signedIn("delegate", an);
        assertThat(laptop.text("check-in-status")).isEqualTo("Bạn chưa điểm danh phiên họp này.");
        laptop.screenshot("d-01-delegate-before-check-in", laptop.find("check-in"));
        laptop.click("check-in-button");
        laptop.until("the delegate sees they are checked in",
                driver -> laptop.text("check-in-status").startsWith("Bạn đã điểm danh có mặt lúc "));
        laptop.screenshot("d-02-delegate-checked-in", laptop.find("check-in"));
        display.until("the hall display counts the delegate",
                driver -> display.text("quorum-count").equals("Có mặt 1/3 đại biểu"));

        Browser console = signedIn("secretariat", secretary);
        console.click("open-session-" + session);
        console.click("open-sitting-" + sitting);
        WebElement board = console.find("attendance-board");
        console.until("the board shows the check-in", driver ->
                console.find(board, "attendance-" + an.membershipId()).getText().contains("Có mặt"));
        WebElement binhRow = console.find(board, "attendance-" + binh.membershipId());
        console.type(console.find(binhRow, "attendance-reason"), "Đi công tác tại Hà Nội");
        console.find(binhRow, "mark-EXCUSED").click();
        console.until("the board shows the leave with its reason", driver -> console.find(console.find("attendance-board"),
                "attendance-" + binh.membershipId()).getText().contains("Vắng có lý do · ")
                && driver.findElement(By.cssSelector("[data-testid='attendance-" + binh.membershipId() + "']"))
                        .getText().contains("Đi công tác tại Hà Nội"));
        console.screenshot("d-03-secretariat-attendance-board", console.find("attendance-board"));

        for (Browser screen : new Browser[] {display, laptop, console}) {
            assertThat(screen.text("quorum-count")).as(screen.name()).isEqualTo("Có mặt 1/3 đại biểu");
        }
        display.screenshot("d-04-hall-display-quorum-line");

        console.type("notice-text-input", "Tạm nghỉ 15 phút");
        console.click("notice-send");
        for (Browser screen : new Browser[] {display, laptop}) {
            screen.until(screen.name() + " shows the notice", driver -> screen.has("notice-text")
                    && screen.text("notice-text").equals("Tạm nghỉ 15 phút"));
        }
        display.screenshot("d-05-hall-display-notice");
        laptop.click("notice-dismiss");
        laptop.until("the delegate dismissed the notice", driver -> !laptop.has("notice-text"));
        assertThat(display.text("notice-text")).isEqualTo("Tạm nghỉ 15 phút");
    }
}
