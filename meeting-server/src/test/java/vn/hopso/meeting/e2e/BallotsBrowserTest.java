package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.WsClient;

/**
 * Biểu quyết as a sitting holds it: the chair prepares and opens a ballot on the item under discussion, four delegates
 * are present — one votes and then changes their vote, two vote, one presses nothing — while the chair watches the
 * count and the hall display shows only that a vote is under way; the chair closes it and the hall display shows the
 * bar chart with the counts, the shares of the total and the outcome.
 */
class BallotsBrowserTest extends BrowserScenario {

    @Test
    void theChairOpensFourDelegatesVoteOneChangingOneNotAndTheHallShowsTheResult() {
        Organisation council = fixtures().council("HĐND tỉnh Hà Giang");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Hoàng Thị Thư");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Nông Văn Chủ");
        TestUser hall = fixtures().member(council, Role.OBSERVER, "Màn hình hội trường");
        List<TestUser> delegates = List.of(fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An"),
                fixtures().member(council, Role.DELEGATE, "Trần Thị Bình"),
                fixtures().member(council, Role.DELEGATE, "Lê Văn Cường"),
                fixtures().member(council, Role.DELEGATE, "Phạm Thị Dung"));
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ mười"), "Phiên biểu quyết");
        desk.publishedAgenda(sitting, "Nghị quyết về dự toán ngân sách năm 2027");
        ChairLink link = new ChairLink(api(chair));
        link.start(sitting);
        checkIn(sitting, delegates);

        Browser display = signedIn("display", hall);
        display.open("#/display/" + sitting);
        Browser console = consoleWithMotion(chair, sitting, "Thông qua Nghị quyết về dự toán ngân sách năm 2027");
        new Select(console.find("ballot-countdown")).selectByValue("300");
        console.click("ballot-open");
        console.until("the chair sees the five minutes counting down",
                driver -> console.text("ballot-timer").matches("Còn lại [45]:\\d\\d"));
        console.until("the chair sees nobody has voted yet",
                driver -> console.text("ballot-progress").equals("Đã biểu quyết: 0/4 đại biểu"));
        display.until("the hall display shows a vote under way", driver -> display.has("display-ballot-open"));
        assertThat(display.text("display-ballot-open")).contains("Đang biểu quyết",
                "Thông qua Nghị quyết về dự toán ngân sách năm 2027");
        assertThat(display.has("ballot-result")).isFalse();
        display.screenshot("v-01-hall-display-vote-under-way");

        Browser laptop = browser("delegate");
        vote(laptop, delegates.get(0), "NO");
        assertThat(laptop.text("ballot-timer")).as("the delegate sees the time left").matches("Còn lại [45]:\\d\\d");
        laptop.screenshot("v-02-delegate-vote-recorded", laptop.find("vote-panel"));
        laptop.click("vote-change");
        laptop.click("vote-option-YES");
        laptop.click("vote-confirm");
        laptop.until("the changed vote is recorded",
                driver -> laptop.text("vote-own-choice").equals("Lựa chọn đã ghi nhận: Tán thành"));
        vote(laptop, delegates.get(1), "YES");
        vote(laptop, delegates.get(2), "YES");
        console.until("the chair sees three of the four have voted",
                driver -> console.text("ballot-progress").equals("Đã biểu quyết: 3/4 đại biểu"));
        console.screenshot("v-03-chair-watches-the-count", console.find("ballot-console"));
        assertThat(display.has("ballot-result")).as("no running totals while the vote is open").isFalse();

        console.click("ballot-close");
        display.until("the hall display shows the result", driver -> display.has("ballot-outcome"));
        assertThat(display.text("ballot-count-YES")).isEqualTo("3");
        assertThat(display.text("ballot-count-NO")).isEqualTo("0");
        assertThat(display.text("ballot-bar-YES")).contains("75,00 % tổng số đại biểu");
        assertThat(display.text("ballot-outcome")).isEqualTo("Thông qua");
        assertThat(display.find("ballot-result").getText())
                .contains("Tổng số đại biểu: 4 · Có mặt khi biểu quyết: 4 · Đã biểu quyết: 3 · Không tham gia biểu quyết: 1");
        display.screenshot("v-04-hall-display-result", display.find("ballot-result"));
        laptop.until("the delegate sees the result", driver -> laptop.has("ballot-outcome"));
        assertThat(console.has("ballot-timer")).as("closed: no more countdown").isFalse();
        console.click("ballot-publish");
        console.until("the chair announced it", driver -> console.text("ballot-state").equals("Đã công bố kết quả"));
        assertThat(console.text("ballot-result-sheet")).isEqualTo("Tải biên bản kết quả (PDF)");
        assertThat(console.find("ballot-result-sheet").getAttribute("href")).endsWith("/result-sheet.pdf");
        assertThat(console.find("ballot-named-results").getAttribute("href")).endsWith("/results.csv");
        console.screenshot("v-05-chair-result-files", console.find("ballot-console"));
    }

    @Test
    void theBallotCommitteeEntersThePaperCountAMismatchIsRefusedWithItsFiguresAndTheHallShowsBothTogether() {
        Organisation council = fixtures().council("HĐND tỉnh Cao Bằng");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Hoàng Thị Thư");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Nông Văn Chủ");
        TestUser hall = fixtures().member(council, Role.OBSERVER, "Màn hình hội trường");
        TestUser counter = fixtures().member(council, Role.BALLOT_COMMITTEE, "Đàm Văn Kiểm");
        List<TestUser> delegates = List.of(fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An"),
                fixtures().member(council, Role.DELEGATE, "Trần Thị Bình"),
                fixtures().member(council, Role.DELEGATE, "Lê Văn Cường"));
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ mười một"), "Phiên kiểm phiếu");
        desk.publishedAgenda(sitting, "Nghị quyết về đầu tư công trung hạn");
        new ChairLink(api(chair)).start(sitting);
        checkIn(sitting, delegates);
        Browser display = signedIn("display", hall);
        display.open("#/display/" + sitting);
        Browser console = consoleWithMotion(chair, sitting, "Thông qua Nghị quyết về đầu tư công trung hạn");
        console.click("ballot-open");
        // One delegate votes on the laptop; the other two on paper, which the committee counts after the close.
        Browser laptop = browser("delegate");
        vote(laptop, delegates.get(0), "YES");
        console.until("the chair sees one vote",
                driver -> console.text("ballot-progress").equals("Đã biểu quyết: 1/3 đại biểu"));
        console.click("ballot-close");
        display.until("the hall display shows the electronic result", driver -> display.has("ballot-outcome"));
        assertThat(display.text("ballot-outcome")).as("1 of 3 is not more than half").isEqualTo("Không thông qua");

        // The committee counts at the same laptop: three browsers at most on the build machines.
        Browser committee = laptop;
        committee.click("logout");
        committee.logIn(counter.username(), Fixtures.PASSWORD);
        committee.find("paper-count-panel");
        assertThat(committee.text("paper-electronic-returned")).as("what the laptops counted, beside each figure")
                .isEqualTo("1");
        assertThat(committee.text("paper-electronic--:YES")).isEqualTo("1");
        enterPaperCount(committee, 3, 3, 3, Map.of("YES", 2, "NO", 1));
        committee.until("the count that does not add up is refused with its figures",
                driver -> committee.find("paper-count-panel").getText().contains(
                        "Tổng số phiếu điện tử và phiếu giấy thu vào (4) nhiều hơn số đại biểu có mặt (3)."));
        assertThat(committee.has("paper-accepted")).isFalse();
        committee.screenshot("v-06-paper-count-refused", committee.find("paper-count-panel"));
        assertThat(display.text("ballot-outcome")).as("a refused count changes nothing").isEqualTo("Không thông qua");

        enterPaperCount(committee, 2, 2, 2, Map.of("YES", 1, "NO", 1));
        committee.until("the count is accepted", driver -> committee.has("paper-accepted"));
        assertThat(committee.text("paper-turnout"))
                .isEqualTo("Phiếu điện tử và phiếu giấy: phát ra 3 · thu vào 3 · hợp lệ 3 · không hợp lệ 0");
        committee.screenshot("v-07-paper-count-accepted", committee.find("paper-count-panel"));
        display.until("the hall display counts the paper votes with the electronic one",
                driver -> display.text("ballot-count-YES").equals("2"));
        assertThat(display.text("ballot-outcome")).as("2 of 3 is more than half of the total").isEqualTo("Thông qua");
        assertThat(display.text("ballot-count-NO")).isEqualTo("1");
        display.screenshot("v-08-hall-display-with-paper", display.find("ballot-result"));
    }

    /** Each delegate checks in from a laptop of their own, over the socket. */
    private void checkIn(String sitting, List<TestUser> delegates) {
        for (TestUser delegate : delegates) {
            try (WsClient laptop = WsClient.connect(api(delegate))) {
                laptop.nextOfType("session.welcome");
                laptop.send("{\"type\":\"attendance.check_in\",\"ref\":\"in\",\"sittingId\":\"" + sitting + "\"}");
                assertThat(laptop.next(f -> f.path("ref").asString().equals("in")).get("type").asString())
                        .isEqualTo("command.accepted");
            }
        }
    }

    /** The chair's console on the sitting, with a motion of this title prepared on the item under discussion. */
    private Browser consoleWithMotion(TestUser chair, String sitting, String title) {
        Browser console = signedIn("chair", chair);
        console.open("#/chair/" + sitting);
        console.click("ballot-prepare");
        console.type("ballot-title", title);
        console.click("ballot-create");
        return console;
    }

    /** Types the paper figures (no invalid ballots; a choice not given, none) and submits them. */
    private static void enterPaperCount(Browser committee, int issued, int returned, int valid,
            Map<String, Integer> marks) {
        committee.type("paper-input-issued", String.valueOf(issued));
        committee.type("paper-input-returned", String.valueOf(returned));
        committee.type("paper-input-valid", String.valueOf(valid));
        committee.type("paper-input-invalid", "0");
        for (String mark : List.of("YES", "NO", "ABSTAIN")) {
            if (committee.has("paper-input--:" + mark)) {
                committee.type("paper-input--:" + mark, String.valueOf(marks.getOrDefault(mark, 0)));
            }
        }
        committee.click("paper-submit");
    }

    /** Signs the delegate in on the shared laptop, votes, and waits until their screen says the vote is recorded. */
    private static void vote(Browser laptop, TestUser delegate, String choice) {
        if (laptop.has("logout")) {
            laptop.click("logout");
        }
        laptop.logIn(delegate.username(), Fixtures.PASSWORD);
        laptop.click("vote-option-" + choice);
        assertThat(laptop.text("vote-confirm-question")).startsWith("Đồng chí chọn: ");
        laptop.click("vote-confirm");
        laptop.until(delegate.username() + "'s vote is recorded",
                driver -> laptop.text("vote-recorded").equals("Phiếu của đồng chí đã được ghi nhận."));
        assertThat(laptop.find("vote-announcement").getAttribute("aria-live")).isEqualTo("polite");
    }
}
