package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.WsClient;

/**
 * Đăng ký phát biểu as a sitting runs it: two delegates ask to speak, the chair reorders and gives the floor, and the
 * hall display and the speaker show the same speaker and the same countdown, although the speaker's laptop clock is
 * four minutes fast.
 */
class SpeakersBrowserTest extends BrowserScenario {

    @Test
    void theChairGivesTheFloorInItsOrderAndEveryScreenCountsDownAlike() {
        Organisation council = fixtures().council("HĐND tỉnh Cao Bằng");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Hoàng Thị Thư");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Nông Văn Chủ");
        TestUser an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        TestUser binh = fixtures().member(council, Role.DELEGATE, "Trần Thị Bình");
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ chín"), "Phiên thảo luận");
        String item = desk.publishedAgenda(sitting, "Thảo luận tình hình kinh tế – xã hội").getFirst();
        new ChairLink(api(chair)).start(sitting);

        Browser display = signedIn("display", secretary);
        display.open("#/display/" + sitting);
        // Three browsers at most on the build machines: An asks from a socket of their own.
        try (WsClient anLaptop = WsClient.connect(api(an))) {
            anLaptop.nextOfType("session.welcome");
            anLaptop.send("{\"type\":\"speakers.request\",\"ref\":\"r\",\"sittingId\":\"" + sitting
                    + "\",\"itemId\":\"" + item + "\",\"kind\":\"DISCUSSION\",\"addressee\":null}");
            assertThat(anLaptop.next(f -> f.path("ref").asString().equals("r")).get("type").asString())
                    .isEqualTo("command.accepted");
        }

        Browser binhLaptop = browser("delegate-binh-clock-fast");
        binhLaptop.clockShiftedBy(Duration.ofMinutes(4));
        binhLaptop.logIn(binh.username(), Fixtures.PASSWORD);
        new Select(binhLaptop.find("speaker-kind")).selectByValue("QUESTION");
        binhLaptop.type("speaker-addressee", "Giám đốc Sở Y tế");
        binhLaptop.click("request-floor");
        binhLaptop.until("Bình is in the queue", driver -> binhLaptop.text("my-request").contains("vị trí 2/2"));

        Browser console = signedIn("chair", chair);
        console.open("#/chair/" + sitting);
        console.until("the chair sees both requests", driver -> names(console).equals(List.of("Nguyễn Văn An",
                "Trần Thị Bình")));
        WebElement binhRow = console.driver().findElements(By.cssSelector("[data-testid='speaker-queue'] li")).get(1);
        binhRow.findElement(Browser.testId("speaker-up")).click();
        console.until("the chair's order", driver -> names(console).equals(List.of("Trần Thị Bình", "Nguyễn Văn An")));
        binhLaptop.until("Bình sees their new place", driver -> binhLaptop.text("my-request")
                .contains("vị trí 1/2"));
        console.screenshot("s-01-chair-speaker-queue", console.find("speaker-console"));

        new Select(console.find("speaking-limit")).selectByValue("3");
        console.driver().findElements(By.cssSelector("[data-testid='speaker-queue'] li")).get(0)
                .findElement(Browser.testId("give-floor")).click();
        for (Browser screen : List.of(display, binhLaptop, console)) {
            screen.until(screen.name() + " shows Bình on the floor",
                    driver -> screen.has("floor-speaker") && screen.text("floor-speaker").equals("Trần Thị Bình"));
        }
        int onDisplay = seconds(display.text("countdown-clock"));
        int onFastLaptop = seconds(binhLaptop.text("countdown-clock"));
        assertThat(onDisplay).isBetween(170, 180);
        assertThat(Math.abs(onDisplay - onFastLaptop)).as("the fast laptop's countdown agrees with the hall's")
                .isLessThanOrEqualTo(1);
        display.screenshot("s-02-hall-display-speaker-and-countdown");
        binhLaptop.screenshot("s-03-speaker-countdown-on-a-fast-clock");

        console.click("floor-end");
        display.until("the floor is free again", driver -> !display.has("floor-speaker"));
    }

    private static List<String> names(Browser console) {
        return console.driver().findElements(By.cssSelector("[data-testid='speaker-queue'] [data-testid='speaker-name']"))
                .stream().map(WebElement::getText).toList();
    }

    private static int seconds(String clock) {
        String[] parts = clock.replace("+", "").split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
