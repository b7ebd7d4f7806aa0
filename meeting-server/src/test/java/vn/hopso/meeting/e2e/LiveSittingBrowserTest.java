package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.TcpProxy;
import vn.hopso.meeting.support.WsClient;

/**
 * A sitting as it runs, on seven screens: five delegates check in on their laptops (tabs of one browser, each at an
 * address of its own so each is signed in as its delegate), three ask to speak, the chair (whose laptop clock is five
 * minutes slow) reorders and gives the floor in that order, the first speaker's time runs out, the secretariat sends
 * a notice; at each step the hall display, the chair and every delegate's screen show the same.
 */
class LiveSittingBrowserTest extends BrowserScenario {

    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
            "Phạm Thị Dung", "Hoàng Văn Em");

    private final List<TcpProxy> aliases = new ArrayList<>();
    private Browser display;
    private Browser console;
    private Browser laptops;
    /** Each delegate's tab in {@link #laptops}, by name. */
    private final Map<String, String> tabs = new LinkedHashMap<>();

    @AfterEach
    void closeAliases() {
        aliases.forEach(TcpProxy::close);
    }

    @Test
    void fiveCheckInThreeSpeakInTheChairsOrderTimeRunsOutANoticeIsSentAndEveryScreenAgrees() {
        Organisation council = fixtures().council("HĐND tỉnh Hà Giang");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Hoàng Thị Thư");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Nông Văn Chủ");
        TestUser hall = fixtures().member(council, Role.OBSERVER, "Màn hình hội trường");
        List<TestUser> delegates = NAMES.stream().map(name -> fixtures().member(council, Role.DELEGATE, name)).toList();
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ mười"), "Phiên thảo luận");
        desk.publishedAgenda(sitting, "Thảo luận báo cáo kinh tế – xã hội", "Bế mạc");
        new ChairLink(api(chair)).start(sitting);

        // The hall display's own account lands on the display, which has no header to sign out from.
        display = browser("hall-display");
        display.open("#/login");
        display.type("login-username", hall.username());
        display.type("login-password", Fixtures.PASSWORD);
        display.click("login-submit");
        display.until("the hall display is signed in", driver -> !driver.getCurrentUrl().contains("#/login"));
        display.open("#/display/" + sitting);
        console = browser("chair-clock-slow");
        console.clockShiftedBy(Duration.ofMinutes(-5));
        console.logIn(chair.username(), Fixtures.PASSWORD);
        console.open("#/chair/" + sitting);
        laptops = browser("delegate-laptops");
        for (int i = 0; i < delegates.size(); i++) {
            if (i > 0) {
                TcpProxy alias = TcpProxy.at("127.0.0." + (i + 1), port);
                aliases.add(alias);
                laptops.newTab(alias.baseUrl());
            }
            laptops.logIn(delegates.get(i).username(), Fixtures.PASSWORD);
            laptops.find("check-in-button");
            tabs.put(NAMES.get(i), laptops.tab());
        }
        everyScreen("the same current item", screen -> screen.text("current-item-title"),
                "Thảo luận báo cáo kinh tế – xã hội");

        // Điểm danh: the quorum line moves on every screen at each check-in.
        for (int i = 0; i < NAMES.size(); i++) {
            onLaptop(NAMES.get(i));
            laptops.click("check-in-button");
            laptops.find("check-out");
            everyScreen("the quorum after check-in " + (i + 1), screen -> screen.text("quorum-count"),
                    "Có mặt " + (i + 1) + "/5 đại biểu");
        }
        display.screenshot("l-01-hall-display-all-present");

        // Three ask to speak; the chair puts Cường first.
        ask("Nguyễn Văn An", "DISCUSSION");
        ask("Trần Thị Bình", "QUESTION");
        ask("Lê Văn Cường", "DISCUSSION");
        console.until("the chair sees the three requests", driver -> queue().equals(List.of("Nguyễn Văn An",
                "Trần Thị Bình", "Lê Văn Cường")));
        for (int moves = 0; moves < 2; moves++) {
            int from = queue().indexOf("Lê Văn Cường");
            console.driver().findElements(By.cssSelector("[data-testid='speaker-queue'] li")).get(from)
                    .findElement(Browser.testId("speaker-up")).click();
            console.until("Cường moved up", driver -> queue().indexOf("Lê Văn Cường") == from - 1);
        }
        List<String> order = List.of("Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình");
        assertThat(queue()).isEqualTo(order);
        for (int place = 0; place < order.size(); place++) {
            String name = order.get(place);
            onLaptop(name);
            String expected = "vị trí " + (place + 1) + "/3";
            laptops.until(name + " sees their place", driver -> laptops.text("my-request").contains(expected));
        }
        console.screenshot("l-02-chair-queue-in-the-chairs-order", console.find("speaker-console"));

        // The floor in that order: one minute for Cường, whose time runs out on every screen.
        new Select(console.find("speaking-limit")).selectByValue("1");
        giveFirstWaiting();
        everyScreen("Cường on the floor", screen -> screen.text("floor-speaker"), "Lê Văn Cường");
        int onDisplay = seconds(display.text("countdown-clock"));
        int onSlowLaptop = seconds(console.text("countdown-clock"));
        assertThat(onDisplay).isBetween(45, 60);
        assertThat(Math.abs(onDisplay - onSlowLaptop)).as("the slow laptop's countdown agrees with the hall's")
                .isLessThanOrEqualTo(1);
        for (Browser screen : List.of(display, console)) {
            screen.until(screen.name() + " shows the time is up", Duration.ofSeconds(90),
                    driver -> screen.find("countdown").getAttribute("class").contains("countdown-over"));
            assertThat(screen.text("countdown")).contains("Hết giờ");
        }
        onLaptop("Lê Văn Cường");
        laptops.until("the speaker sees the time is up", driver -> laptops.text("countdown").contains("Hết giờ"));
        display.screenshot("l-03-hall-display-time-up");
        console.click("floor-end");
        for (String next : List.of("Nguyễn Văn An", "Trần Thị Bình")) {
            console.until("the floor is free", driver -> !console.has("floor-speaker"));
            giveFirstWaiting();
            everyScreen(next + " on the floor", screen -> screen.text("floor-speaker"), next);
            console.click("floor-end");
        }
        everyScreen("nobody on the floor", screen -> screen.has("floor-speaker") ? "someone" : "nobody", "nobody");

        // A notice from the secretariat reaches every screen.
        try (WsClient secretariat = WsClient.connect(api(secretary))) {
            secretariat.nextOfType("session.welcome");
            secretariat.send("{\"type\":\"notice.send\",\"ref\":\"n\",\"sittingId\":\"" + sitting
                    + "\",\"audience\":\"EVERYONE\",\"siteId\":null,\"text\":\"Tạm nghỉ 15 phút\"}");
            assertThat(secretariat.next(f -> f.path("ref").asString().equals("n")).get("type").asString())
                    .isEqualTo("command.accepted");
        }
        everyScreen("the notice", screen -> screen.has("notice-text") ? screen.text("notice-text") : "", "Tạm nghỉ 15 phút");
        display.screenshot("l-04-hall-display-notice");
        onLaptop("Phạm Thị Dung");
        laptops.screenshot("l-05-delegate-laptop-after-the-speeches");
    }

    private void ask(String name, String kind) {
        onLaptop(name);
        new Select(laptops.find("speaker-kind")).selectByValue(kind);
        if (kind.equals("QUESTION")) {
            laptops.type("speaker-addressee", "Giám đốc Sở Kế hoạch và Đầu tư");
        }
        laptops.click("request-floor");
        laptops.find("my-request");
    }

    private void giveFirstWaiting() {
        console.until("a request waits", driver -> !driver.findElements(
                By.cssSelector("[data-testid='speaker-queue'] li.speaker-waiting")).isEmpty());
        console.driver().findElements(By.cssSelector("[data-testid='speaker-queue'] li.speaker-waiting")).getFirst()
                .findElement(Browser.testId("give-floor")).click();
    }

    private List<String> queue() {
        return console.driver().findElements(By.cssSelector("[data-testid='speaker-queue'] [data-testid='speaker-name']"))
                .stream().map(WebElement::getText).toList();
    }

    private void onLaptop(String name) {
        laptops.switchTo(tabs.get(name));
    }

    /** Waits until the hall display, the chair and every delegate's tab show {@code expected}. */
    private void everyScreen(String what, Function<Browser, String> shown, String expected) {
        for (Browser screen : List.of(display, console)) {
            screen.until(screen.name() + " shows " + what, driver -> expected.equals(shown.apply(screen)));
        }
        tabs.forEach((name, tab) -> {
            laptops.switchTo(tab);
            laptops.until(name + "'s laptop shows " + what, driver -> expected.equals(shown.apply(laptops)));
        });
    }

    private static int seconds(String clock) {
        String[] parts = clock.replace("+", "").split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
