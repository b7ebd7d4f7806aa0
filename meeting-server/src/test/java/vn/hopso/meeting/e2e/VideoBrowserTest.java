package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.TcpProxy;

/**
 * The sitting's video in real browsers against the server's own Janus, over a network namespace the test makes: a
 * delegate sends their (fake) camera and microphone, the chair watches and sees the picture move; the delegate is not
 * heard until the chair gives them the floor, because the server mutes them in the media room — the chair's browser
 * receives no sound of theirs until then, whatever the delegate's browser sends; the hall display then shows them.
 */
class VideoBrowserTest extends BrowserScenario {

    /** Each page's peer connections, kept where the test can ask them for their statistics. */
    private static final String PEER_RECORDER = """
            window.__hopsoPeers = [];
            const RealPeerConnection = window.RTCPeerConnection;
            window.RTCPeerConnection = class extends RealPeerConnection {
                constructor(...args) { super(...args); window.__hopsoPeers.push(this); }
            };
            """;

    /** What the page's connections have received so far: audio packets and decoded video frames. */
    private static final String RECEIVED = """
            const done = arguments[arguments.length - 1];
            Promise.all(window.__hopsoPeers.map(peer => peer.getStats())).then(reports => {
                let audio = 0, frames = 0;
                reports.forEach(report => report.forEach(entry => {
                    if (entry.type === 'inbound-rtp' && entry.kind === 'audio') { audio += entry.packetsReceived || 0; }
                    if (entry.type === 'inbound-rtp' && entry.kind === 'video') { frames += entry.framesDecoded || 0; }
                }));
                done([audio, frames]);
            });
            """;

    private static final Duration MEDIA_PATIENCE = Duration.ofSeconds(40);
    /** Where {@link #received} puts the audio packets, and the video frames decoded. */
    private static final int AUDIO = 0;
    private static final int FRAMES = 1;

    private BrowserNamespace namespace;
    private TcpProxy proxy;

    /** The server stays on loopback; the browsers reach it through a proxy on the namespace's host end. */
    @BeforeEach
    void aNamespaceForTheBrowsers() {
        namespace = BrowserNamespace.create();
        proxy = TcpProxy.onTestInterface(namespace.hostAddress(), port);
    }

    @AfterEach
    void removeIt() {
        try {
            proxy.close();
        } finally {
            namespace.close();
        }
    }

    @Test
    void theChairSeesTheDelegateAndHearsThemOnlyOnceTheyHaveTheFloor() {
        Organisation council = fixtures().council("HĐND tỉnh Hình Ảnh");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Hoàng Thị Thư");
        TestUser chair = fixtures().member(council, Role.CHAIR, "Nông Văn Chủ");
        TestUser an = fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An");
        CouncilDesk desk = desk(secretary);
        String sitting = desk.sitting(desk.session(council, "Kỳ họp thứ mười"), "Phiên chất vấn");
        desk.publishedAgenda(sitting, "Chất vấn và trả lời chất vấn");
        new ChairLink(api(chair)).start(sitting);
        String origin = proxy.baseUrl();

        Browser laptop = browsers.start("delegate-an-video", origin, null, namespace.launch(origin));
        laptop.runOnEveryPage(PEER_RECORDER);
        laptop.logIn(an.username(), Fixtures.PASSWORD);
        laptop.click("video-join-sending");
        // The check before joining: Chromium's fake microphone beeps, so the level bar must rise above silence.
        laptop.until("An's camera and microphone are listed", driver -> laptop.find("device-microphone")
                .findElements(By.tagName("option")).size() > 1);
        laptop.until("An's microphone is heard in the check", MEDIA_PATIENCE,
                driver -> Integer.parseInt(laptop.find("device-level").getAttribute("aria-valuenow")) >= 20);
        laptop.until("An sees their own picture in the check", driver -> Boolean.TRUE.equals(laptop.script(
                "return document.querySelector(\"[data-testid='device-preview']\").videoWidth > 0;")));
        laptop.screenshot("v-00-delegate-device-check", laptop.find("video-panel"));
        laptop.click("video-join-confirm");
        laptop.until("An sees their own picture", driver -> laptop.has("video-self"));

        Browser console = browsers.start("chair-video", origin, null, namespace.launch(origin));
        console.runOnEveryPage(PEER_RECORDER);
        console.logIn(chair.username(), Fixtures.PASSWORD);
        console.open("#/chair/" + sitting);
        // The chair sits in the hall, whose cameras show them: they send their microphone only.
        console.click("video-join-sending");
        console.until("the chair's check opens", driver -> console.has("device-microphone-only"));
        console.click("device-microphone-only");
        console.until("the chair's check shows no picture", driver -> console.has("device-no-picture"));
        console.click("video-join-confirm");
        console.until("the chair's own tile says sound only", driver -> console.has("video-self-sound-only"));
        laptop.until("An sees the chair's tile marked sound only", driver -> Boolean.TRUE.equals(laptop.script(
                "return document.querySelector(\"[data-testid^='video-tile-'][data-testid$='-sound-only']\") !== null;")));
        String anTile = "video-tile-delegate-" + an.membershipId();
        console.until("the chair gets An's tile", driver -> console.has(anTile));
        console.until("An's picture moves on the chair's screen", MEDIA_PATIENCE, driver -> Boolean.TRUE.equals(
                console.script("const v = document.querySelector(\"[data-testid='" + anTile + "'] video\");"
                        + " return v !== null && v.videoWidth > 0 && v.currentTime > 0;")));

        long[] before = received(console);
        console.until("a good many more frames of An", MEDIA_PATIENCE, driver -> received(console)[1] > before[1] + 60);
        assertThat(received(console)[0]).as("An, without the floor, is muted by the server: no sound reaches the chair")
                .isEqualTo(before[0]);
        console.screenshot("v-01-chair-watching-an-muted", console.find("video-panel"));

        // The chair lets everyone open their own microphone: the server stops muting An (their screen offers the
        // switch), then back to the floor, and An is muted on the server again.
        console.click("microphones-OPEN");
        laptop.until("An may open their own microphone", driver -> laptop.has("video-own-microphone"));
        long mutedSoFar = received(console)[0];
        console.until("An's audio reaches the chair once the server lets it through", MEDIA_PATIENCE,
                driver -> received(console)[0] > mutedSoFar + 20);
        laptop.screenshot("v-01b-delegate-may-open-their-microphone", laptop.find("video-panel"));
        console.click("microphones-FLOOR");
        laptop.until("An's switch goes with the open microphones", driver -> !laptop.has("video-own-microphone"));
        untilStill(console, AUDIO, "no more of An's audio reaches the chair for two seconds");

        laptop.click("request-floor");
        console.until("An's request reaches the chair", driver -> console.has("give-floor"));
        console.click("give-floor");
        console.until("the chair's screen marks An speaking", driver -> console.find(anTile).getAttribute("class")
                .contains("video-tile-speaking"));
        laptop.until("An's own tile says they speak", driver -> laptop.find("video-self").getAttribute("class")
                .contains("video-tile-speaking"));
        Browser hall = browsers.start("hall-display-video", origin, null, namespace.launch(origin));
        hall.logIn(secretary.username(), Fixtures.PASSWORD);
        hall.open("#/display/" + sitting);
        hall.until("the hall shows the speaker's picture, large and named", MEDIA_PATIENCE,
                driver -> hall.has("display-speaker-video")
                        && hall.text("display-speaker-video").contains("Nguyễn Văn An")
                        && Boolean.TRUE.equals(hall.script("const v = document.querySelector("
                                + "\"[data-testid='display-speaker-video'] video\"); return v.videoWidth > 0;")));
        hall.screenshot("v-03-hall-display-speaker-video");
        long silent = received(console)[0];
        console.until("An is heard once they hold the floor", MEDIA_PATIENCE,
                driver -> received(console)[0] > silent + 20);
        console.screenshot("v-02-chair-hearing-an-on-the-floor", console.find("video-panel"));

        // Chỉ nhận âm thanh: on a weak link the chair takes the sound only; An's pictures stop, An's sound goes on.
        console.click("video-sound-only");
        console.until("the chair's screen says it receives sound only",
                driver -> console.has("video-receiving-sound-only"));
        assertThat(console.has(anTile + "-sound-only")).as("An's tile says so").isTrue();
        untilStill(console, FRAMES, "no more of An's frames reach the chair for two seconds");
        long heard = received(console)[AUDIO];
        console.until("An is still heard, without pictures", MEDIA_PATIENCE,
                driver -> received(console)[AUDIO] > heard + 20);
        console.screenshot("v-04-chair-receiving-sound-only", console.find("video-panel"));
        console.click("video-sound-only");
        console.until("the chair's screen takes the pictures again",
                driver -> !console.has("video-receiving-sound-only"));
        assertThat(console.has(anTile + "-sound-only")).isFalse();
        long frozen = received(console)[FRAMES];
        console.until("An's pictures come back", MEDIA_PATIENCE, driver -> received(console)[FRAMES] > frozen + 30);

        // A weak commune link: a third of what reaches the browsers is lost; the chair's screen takes the sound only
        // by itself, says why, and An is still heard.
        namespace.loseToBrowsers(35);
        try {
            console.until("the chair's screen chose the sound only on the weak link", MEDIA_PATIENCE,
                    driver -> console.has("video-receiving-sound-only"));
            assertThat(console.text("video-receiving-sound-only")).startsWith("Mạng yếu");
            console.screenshot("v-05-chair-weak-link-sound-only", console.find("video-panel"));
        } finally {
            namespace.mendLink();
        }
        untilStill(console, FRAMES, "no more of An's frames reach the chair on the weak link");
        long heardOnWeakLink = received(console)[AUDIO];
        console.until("An is still heard", MEDIA_PATIENCE, driver -> received(console)[AUDIO] > heardOnWeakLink + 20);

        laptop.click("video-leave");
        console.until("An's tile goes once they leave", driver -> !console.has(anTile));
    }

    /** Waits until the count ({@link #AUDIO} packets or {@link #FRAMES} decoded) has not moved for two seconds. */
    private static void untilStill(Browser browser, int count, String what) {
        long[] last = {-1};
        long[] since = {0};
        browser.until(what, MEDIA_PATIENCE, driver -> {
            long now = System.nanoTime();
            long seen = received(browser)[count];
            if (seen != last[0]) {
                last[0] = seen;
                since[0] = now;
                return false;
            }
            return now - since[0] > Duration.ofSeconds(2).toNanos();
        });
    }

    private static long[] received(Browser browser) {
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(RECEIVED);
        List<?> counts = (List<?>) result;
        return new long[] {((Number) counts.get(0)).longValue(), ((Number) counts.get(1)).longValue()};
    }
}
