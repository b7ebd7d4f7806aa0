package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hopso.documents.testing.TestOffice;
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.TestS3;

/**
 * The document room in the browser: the secretariat uploads two files at once and sees each one's outcome (one
 * ready, one refused for its password); a delegate opens the ready one in the viewer, page by page, with their
 * watermark on the page image, and the secretariat sees that it was read. Trình chiếu: the secretariat presents a page
 * and a delegate's viewer, following, moves to it; the delegate reads on and comes back in one click.
 */
class DocumentRoomBrowserTest extends BrowserScenario {

    private static final String BUCKET = "hopso-browser";
    private static final TestS3 S3 = TestS3.start();

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        registry.add("hopso.s3.endpoint", S3::endpoint);
        registry.add("hopso.s3.access-key", () -> TestS3.ACCESS_KEY);
        registry.add("hopso.s3.secret-key", () -> TestS3.SECRET_KEY);
        registry.add("hopso.s3.bucket", () -> BUCKET);
    }

    @BeforeAll
    static void bucket() {
        S3.createBucket(BUCKET);
    }

    @AfterAll
    static void stopS3() {
        S3.close();
    }

    @TempDir
    Path folder;

    @Test
    void theSecretariatUploadsEachFileSeesItsOutcomeAndADelegateReadsTheWatermarkedPages() throws IOException {
        Organisation council = fixtures().council("HĐND tỉnh Quảng Trị");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Lê Thị Thư");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Trần Văn Đại");
        CouncilDesk desk = desk(secretary);
        String session = desk.session(council, "Kỳ họp thứ mười ba");
        String sitting = desk.sitting(session, "Phiên thảo luận dự toán ngân sách");
        Path good = folder.resolve("Tờ trình số 12 – Ngân sách 2026.pdf");
        Files.write(good, TestPdfs.text("Tờ trình về dự toán ngân sách địa phương năm 2026",
                "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện", "Điều 3. Hiệu lực thi hành"));
        Path locked = folder.resolve("Báo cáo có mật khẩu.pdf");
        Files.write(locked, TestPdfs.userPassword());
        Path report = folder.resolve("Báo cáo thẩm tra.docx");
        Files.write(report, TestOffice.docx("Báo cáo thẩm tra dự toán ngân sách của Ban Kinh tế – Ngân sách"));

        Browser console = signedIn("secretariat", secretary);
        console.click("section-sessions");
        console.click("open-session-" + session);
        console.click("open-sitting-" + sitting);
        WebElement upload = console.find("document-upload");
        console.find(upload, "document-files").sendKeys(good + "\n" + locked + "\n" + report);
        console.script("window.__e2eReportStates = [];"
                + "new MutationObserver(() => {"
                + "  const status = document.querySelector('[data-testid=upload-2] .upload-status');"
                + "  const text = status === null ? null : status.textContent;"
                + "  if (text !== null && window.__e2eReportStates.at(-1) !== text) window.__e2eReportStates.push(text);"
                + "}).observe(document.body, { subtree: true, childList: true, characterData: true });");
        console.find(upload, "document-upload-submit").click();
        console.until("every file has an outcome", driver -> !console.find("upload-2").getText().contains("Đang"));
        @SuppressWarnings("unchecked")
        List<Object> reportStates = (List<Object>) console.script("return window.__e2eReportStates;");
        assertThat(reportStates)
                .as("the .docx's stages, told live by the server while it worked")
                .containsSubsequence("Đang tải lên và xử lý…", "Đang chuyển sang PDF…", "Sẵn sàng · 1 trang");
        assertThat(console.text("upload-0")).contains("Tờ trình số 12 – Ngân sách 2026.pdf", "Sẵn sàng · 3 trang");
        assertThat(console.text("upload-1")).contains("Báo cáo có mật khẩu.pdf", "Không nhận", "có mật khẩu");
        assertThat(console.text("upload-2")).as("converted by LibreOffice").contains("Báo cáo thẩm tra.docx",
                "Sẵn sàng · 1 trang");
        WebElement list = console.find("document-list");
        console.until("the ready file is listed", driver -> list.getText().contains("Tờ trình số 12 – Ngân sách 2026"));
        console.until("the converted report is listed", driver -> list.getText().contains("Báo cáo thẩm tra"));
        assertThat(list.getText()).doesNotContain("Báo cáo có mật khẩu");
        console.screenshot("doc-01-secretariat-upload-outcomes", console.find("upload-progress"));

        Browser reader = signedIn("delegate", delegate);
        WebElement shelf = reader.find("document-shelf");
        reader.until("the shelf has loaded", driver -> !shelf.getText().contains("Đang tải"));
        assertThat(shelf.getText()).contains("Tờ trình số 12 – Ngân sách 2026", "Tờ trình", "3 trang", "Chưa đọc");
        WebElement read = reader.until("the document is on the shelf", driver -> driver
                .findElements(Browser.testId("document-shelf")).stream()
                .flatMap(s -> s.findElements(org.openqa.selenium.By.cssSelector("[data-testid^='read-']")).stream())
                .filter(button -> button.getText().contains("Tờ trình số 12")).findFirst().orElse(null));
        assertThat(shelf.getText()).contains("Báo cáo thẩm tra", "1 trang");
        String documentId = read.getDomAttribute("data-testid").substring("read-".length());
        read.click();
        WebElement viewer = reader.find("document-viewer");
        assertThat(viewer.getText()).contains("Mỗi trang bạn xem hoặc tải về đều in tên");
        awaitPage(reader, documentId, 1, "PDF.js has drawn page 1");
        reader.click("viewer-next");
        awaitPage(reader, documentId, 2, "PDF.js has drawn page 2");
        assertThat(reader.find("viewer-page").getDomProperty("value")).isEqualTo("2");
        assertThat(reader.has("viewer-image")).as("no fallback to the server's image").isFalse();
        Ink ink = ink(reader);
        assertThat(ink.dark()).as("the page's text is drawn").isGreaterThan(200);
        assertThat(ink.red()).as("the watermark is drawn across the page").isGreaterThan(2_000);
        assertThat(pageFileText(reader, documentId, 2)).as("the page file the browser drew names its reader")
                .contains("Trần Văn Đại · Đại biểu số", "Giao Ủy ban nhân dân tỉnh");
        reader.screenshot("doc-02-delegate-viewer-page-2-watermarked", reader.find("viewer-canvas"));

        // Góp ý: the delegate selects a passage of page 2's text with the mouse and comments on it.
        reader.until("page 2's text is there to quote", driver -> textNow(reader, "page-text")
                .contains("Giao Ủy ban nhân dân tỉnh"));
        reader.script("const text = document.querySelector('[data-testid=page-text]');"
                + "const node = [...text.childNodes].find(n => n.nodeType === 3 && n.textContent.includes('Giao Ủy ban'));"
                + "const start = node.textContent.indexOf('Giao Ủy ban');"
                + "const range = document.createRange(); range.setStart(node, start);"
                + "range.setEnd(node, start + 'Giao Ủy ban nhân dân tỉnh'.length);"
                + "getSelection().removeAllRanges(); getSelection().addRange(range);"
                + "text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));");
        reader.until("the selection becomes the quote", driver -> "Giao Ủy ban nhân dân tỉnh"
                .equals(reader.find("comment-quote").getDomProperty("value")));
        reader.type("comment-text", "Đề nghị giao cả Hội đồng nhân dân giám sát việc thực hiện.");
        reader.click("comment-send");
        reader.until("the comment is listed as sent", driver -> textNow(reader, "comment-list")
                .contains("Đề nghị giao cả Hội đồng nhân dân giám sát")
                && textNow(reader, "comment-list").contains("Chưa trả lời"));
        reader.screenshot("doc-02b-delegate-comment-sent", reader.find("comment-composer"));

        // Đánh dấu: the same selection highlighted in green with a private note, marked on the page's text at once.
        assertThat(reader.find("annotation-quote").getDomProperty("value")).isEqualTo("Giao Ủy ban nhân dân tỉnh");
        reader.click("colour-GREEN");
        reader.type("annotation-note", "Hỏi lại về thời hạn thực hiện.");
        reader.click("annotation-make");
        reader.until("the passage is marked green on the page", driver -> "Giao Ủy ban nhân dân tỉnh".equals(
                reader.script("return document.querySelector('[data-testid=page-text] mark.highlight-GREEN')"
                        + "?.textContent ?? null;")));
        assertThat(textNow(reader, "annotation-list")).contains("Trang 2", "Giao Ủy ban nhân dân tỉnh",
                "Hỏi lại về thời hạn thực hiện.");
        reader.screenshot("doc-02d-delegate-private-highlight", reader.find("annotation-desk"));
        assertThat(api(secretary).get("/api/documents/" + documentId + "/annotations").body().size()).isZero();

        console.click("comments-reload");
        WebElement received = console.until("the secretariat sees the comment", driver -> driver
                .findElements(org.openqa.selenium.By.cssSelector("[data-testid^='desk-comment-']")).stream()
                .findFirst().orElse(null));
        assertThat(received.getText()).contains("Trang 2", "Trần Văn Đại", "Giao Ủy ban nhân dân tỉnh",
                "Đề nghị giao cả Hội đồng nhân dân giám sát");
        String comment = received.getDomAttribute("data-testid").substring("desk-comment-".length());
        console.type("desk-answer-" + comment, "Tiếp thu, bổ sung vào Điều 2.");
        console.click("desk-ACCEPTED-" + comment);
        // The desk reads its list again after the answer: the element is replaced, so it is looked up afresh.
        console.until("the comment is marked accepted", driver -> textNow(console, "desk-state-" + comment)
                .equals("Tiếp thu"));
        console.screenshot("doc-02c-secretariat-comment-accepted", console.find("comments-desk"));

        var receipts = api(secretary).get("/api/documents/" + documentId + "/reads").body();
        assertThat(receipts.get(0).get("fullName").asString()).isEqualTo("Trần Văn Đại");
        assertThat(receipts.get(0).get("furthestPage").asInt()).isEqualTo(2);
        assertThat(List.of(receipts.get(0).get("opens").asInt())).allMatch(opens -> opens >= 2);
        console.click("reads-toggle-" + documentId);
        console.until("the secretariat sees who read how far", driver -> textNow(console, "reads-" + documentId)
                .contains("Trần Văn Đại"));
        assertThat(textNow(console, "reads-" + documentId)).contains("bản 1", "trang 2/3");
        console.screenshot("doc-02e-secretariat-read-receipts", console.find("reads-" + documentId));

        reader.click("viewer-close");
        reader.type("document-search-input", "hieu luc thi hanh");
        reader.click("document-search-submit");
        WebElement hit = reader.until("the search has found the page", driver -> driver
                .findElements(Browser.testId("hit-" + documentId + "-3")).stream().findFirst().orElse(null));
        assertThat(hit.getText()).isEqualTo("Tờ trình số 12 – Ngân sách 2026 · trang 3");
        assertThat(reader.script("return [...document.querySelectorAll('.document-hit-snippet mark')]"
                + ".map(mark => mark.textContent).join('|');")).isEqualTo("Hiệu lực thi hành");
        reader.screenshot("doc-03-delegate-search-without-diacritics", reader.find("document-search"));
        hit.click();
        awaitPage(reader, documentId, 3, "the viewer opens at the page found");
        assertThat(reader.find("viewer-page").getDomProperty("value")).isEqualTo("3");

        // The strip of pages and the search within the document turn to a page too.
        reader.until("every thumbnail has loaded, 160 px wide", driver -> Boolean.TRUE.equals(reader.script(
                "const images = [...document.querySelectorAll('[data-testid=viewer-thumbnails] img')];"
                        + "return images.length === 3 && images.every(i => i.complete && i.naturalWidth === 160);")));
        reader.click("thumbnail-1");
        awaitPage(reader, documentId, 1, "the thumbnail turns to page 1");
        reader.find("viewer-find").findElement(org.openqa.selenium.By.tagName("summary")).click();
        reader.type("find-in-document-input", "giao uy ban");
        reader.click("find-in-document-submit");
        reader.click("found-" + documentId + "-2");
        awaitPage(reader, documentId, 2, "the page found within the document is shown");
        reader.screenshot("doc-03b-delegate-thumbnails-and-find", reader.find("viewer-thumbnails"));

        // Live, without a click: the receipts follow the delegate to page 3, the panel of who has not opened too.
        console.until("the receipt follows the delegate's reading", driver -> textNow(console, "reads-" + documentId)
                .contains("trang 3/3"));
        console.until("the delegate counts as having opened it", driver -> console.text("unopened-count-" + documentId)
                .equals("Tất cả đã mở"));

        // Bản mới: the secretariat replaces the document with one whose page 2 changed; the delegate's shelf says so,
        // the viewer names the page, and the highlight made on the old text is on the new one.
        Path second = folder.resolve("Tờ trình số 12 – bản 2.pdf");
        Files.write(second, TestPdfs.text("Tờ trình về dự toán ngân sách địa phương năm 2026",
                "Điều 2. Giao Ủy ban nhân dân tỉnh và các huyện tổ chức thực hiện", "Điều 3. Hiệu lực thi hành"));
        console.find("replace-" + documentId).sendKeys(second.toString());
        console.until("the list shows the second version", driver -> textNow(console, "document-list")
                .contains("Tờ trình số 12 – bản 2.pdf · bản 2"));
        reader.click("viewer-close");
        reader.until("the shelf marks the document changed since read", driver -> !driver
                .findElements(Browser.testId("changed-" + documentId)).isEmpty());
        reader.click("read-" + documentId);
        reader.until("the viewer names page 2 as changed", driver -> !driver
                .findElements(Browser.testId("changed-page-2")).isEmpty());
        assertThat(textNow(reader, "version-changes")).contains("bản 2", "bản 1", "Các trang thay đổi:");
        reader.click("changed-page-2");
        reader.until("the carried highlight is marked on the new page 2", driver -> "Giao Ủy ban nhân dân tỉnh".equals(
                reader.script("return document.querySelector('[data-testid=page-text] mark.highlight-GREEN')"
                        + "?.textContent ?? null;")));
        reader.screenshot("doc-04-delegate-changed-since-read", reader.find("document-viewer"));

        // Đọc khi mất mạng: the delegate takes the sitting's documents; the network goes, the pages still open, from
        // the copies kept in the browser; logout deletes them.
        reader.click("offline-take");
        reader.until("the documents are taken", driver -> textNow(reader, "offline-taken")
                .contains("Đã tải về 2 tài liệu để đọc khi mất mạng"));
        reader.until("the shelf marks the document taken", driver -> reader.has("kept-" + documentId));
        assertThat(keptInBrowser(reader)).as("copies and pages in IndexedDB: 3 + 1 pages").containsExactly(2L, 4L);
        reader.until("the app's own files, PDF.js too, are kept for a start without a connection", driver ->
                keptAppFiles(reader).stream().anyMatch(url -> url.contains("/assets/pdf.worker"))
                        && keptAppFiles(reader).stream().anyMatch(url -> url.endsWith("/")));
        ChromeDriver chrome = (ChromeDriver) reader.driver();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chrome.setNetworkConditions(offline);
        try {
            reader.click("viewer-next");
            reader.until("page 3 is drawn from the copy taken offline", driver -> onPage(reader, documentId, 3)
                    && reader.has("viewer-offline"));
            assertThat(ink(reader).red()).as("the kept copy is watermarked").isGreaterThan(2_000);
            reader.screenshot("doc-06-delegate-reads-offline", reader.find("document-viewer"));

            // The laptop is opened again with no connection: the app starts and offers what was taken.
            reader.driver().navigate().refresh();
            reader.until("the documents taken are offered", driver -> reader.has("offline-read-" + documentId));
            reader.click("offline-read-" + documentId);
            awaitPage(reader, documentId, 1, "the first page is drawn from the copy kept in the browser");
            reader.screenshot("doc-07-delegate-starts-offline", reader.find("offline-reading"));
        } finally {
            chrome.deleteNetworkConditions();
        }
        reader.driver().navigate().refresh();
        reader.until("back online, the delegate's screen", driver -> reader.has("logout"));
        reader.click("logout");
        reader.until("signed out", driver -> reader.has("login-username"));
        assertThat(keptInBrowser(reader)).as("nothing stays after logout").containsExactly(0L, 0L);
    }

    @Test
    void aDelegateFollowsThePagePresentedComesBackInOneClickAndSeesNewDocumentsArrive() throws IOException {
        Organisation council = fixtures().council("HĐND tỉnh Quảng Bình");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Phạm Thị Trình");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Hoàng Văn Theo");
        CouncilDesk desk = desk(secretary);
        String session = desk.session(council, "Kỳ họp thứ mười bốn");
        String sitting = desk.sitting(session, "Phiên chất vấn");
        var uploaded = api(secretary).upload("/api/sittings/" + sitting + "/documents", java.util.Map.of("kind", "REPORT"),
                List.of(new vn.hopso.meeting.support.ApiClient.Upload("Báo cáo kinh tế xã hội.pdf", TestPdfs.text(
                        "Báo cáo tình hình kinh tế", "Trang hai: thu ngân sách", "Trang ba: chi đầu tư",
                        "Trang bốn: kiến nghị"))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        String documentId = uploaded.body().get(0).get("documentId").asString();

        Browser reader = signedIn("delegate", delegate);
        reader.until("the shelf has loaded", driver -> textNow(reader, "document-shelf").contains("Báo cáo kinh tế"));

        Browser console = signedIn("secretariat", secretary);
        console.click("section-sessions");
        console.click("open-session-" + session);
        console.click("open-sitting-" + sitting);
        console.click("open-" + documentId);
        // Pages turned faster than they are drawn: each drawing gives way to the next, the last page is drawn.
        console.click("viewer-next");
        console.click("viewer-next");
        console.click("viewer-previous");
        awaitPage(console, documentId, 2, "the secretariat is on page 2");
        console.click("viewer-present");
        console.until("the secretariat sees page 2 presented", driver -> textNow(console, "viewer-presenting")
                .equals("Đang trình chiếu trang 2"));
        console.screenshot("doc-04a-secretariat-presents-page-2", console.find("viewer-presentation"));

        awaitPage(reader, documentId, 2, "the delegate's viewer follows to page 2");
        assertThat(reader.find("viewer-follow").isSelected()).isTrue();
        assertThat(reader.has("viewer-follow-return")).isFalse();
        reader.screenshot("doc-04-delegate-follows-presented-page-2", reader.find("viewer-presentation"));

        reader.click("viewer-next");
        reader.until("the delegate reads page 3 on their own", driver -> onPage(reader, documentId, 3)
                && reader.has("viewer-follow-return"));
        assertThat(reader.find("viewer-follow").isSelected()).isFalse();
        reader.screenshot("doc-05-delegate-browsed-away", reader.find("viewer-presentation"));
        reader.click("viewer-follow-return");
        reader.until("the delegate is back on the presented page", driver -> onPage(reader, documentId, 2)
                && !reader.has("viewer-follow-return"));

        console.click("viewer-next");
        awaitPage(reader, documentId, 3, "turning the presenter's page moves the delegate's");
        console.click("viewer-present-stop");
        console.until("the presentation has ended", driver -> !console.has("viewer-presenting"));

        Path programme = folder.resolve("Chương trình kỳ họp.pdf");
        Files.write(programme, TestPdfs.text("Chương trình kỳ họp thứ mười bốn"));
        WebElement upload = console.find("document-upload");
        console.find(upload, "document-files").sendKeys(programme.toString());
        new Select(upload.findElements(By.tagName("select")).get(1)).selectByVisibleText("Tài liệu chung của kỳ họp");
        console.find(upload, "document-upload-submit").click();
        console.until("the programme is ready", driver -> console.text("upload-0").contains("Sẵn sàng"));
        reader.until("the delegate's shelf lists it without being reloaded", driver ->
                textNow(reader, "document-shelf").contains("Chương trình kỳ họp") && reader.has(
                        "of-session-" + newestOnShelf(reader)));
        String arrived = newestOnShelf(reader);
        assertThat(reader.text("of-session-" + arrived)).isEqualTo("Chung của kỳ họp");
        reader.screenshot("doc-08-delegate-shelf-gets-the-session-programme",
                reader.find("read-" + arrived).findElement(By.xpath("../..")));
    }

    /** The document listed first on the shelf: a document of the whole session comes before the sitting's own. */
    private static String newestOnShelf(Browser reader) {
        return reader.find("document-shelf").findElements(By.cssSelector("[data-testid^='read-']")).getFirst()
                .getDomAttribute("data-testid").substring("read-".length());
    }

    /** Waits until {@link #onPage}; if it never is, says what the viewer shows instead. */
    private static void awaitPage(Browser browser, String documentId, int page, String what) {
        try {
            browser.until(what, driver -> onPage(browser, documentId, page));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + ": the viewer shows " + browser.script(
                    "const view = document.querySelector('[data-testid=viewer-page-view]');"
                            + "return view === null ? 'no page' : JSON.stringify({ ...view.dataset,"
                            + " text: view.textContent });"), e);
        }
    }

    /** The viewer shows that page of that document, drawn by PDF.js from its page file. */
    private static boolean onPage(Browser browser, String documentId, int page) {
        Object shown = browser.script("const view = document.querySelector('[data-testid=viewer-page-view]');"
                + "return view === null ? '' : [view.dataset.document, view.dataset.page, view.dataset.shown].join('/');");
        return (documentId + "/" + page + "/drawn").equals(shown);
    }

    /** What the viewer's canvas holds: dark pixels (text) and the watermark's light red ones. */
    private record Ink(long dark, long red) {
    }

    private static Ink ink(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) browser.script("const canvas = document.querySelector('[data-testid=viewer-canvas]');"
                + "const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                + "let dark = 0, red = 0;"
                + "for (let i = 0; i < pixels.length; i += 4) {"
                + "  const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];"
                + "  if (r + g + b < 200) dark++; else if (r - g > 25 && Math.abs(g - b) < 25) red++;"
                + "}"
                + "return [dark, red];");
        return new Ink(counts.get(0).longValue(), counts.get(1).longValue());
    }

    /** The text of the page file the browser is served for that page, fetched in the browser with its session. */
    private static String pageFileText(Browser browser, String documentId, int page) throws IOException {
        String base64 = (String) browser.script("return fetch(arguments[0], { credentials: 'same-origin' })"
                + ".then(answer => answer.arrayBuffer()).then(buffer => {"
                + "  let binary = ''; for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);"
                + "  return btoa(binary); });", "/api/documents/" + documentId + "/pages/" + page + "/pdf");
        try (PDDocument file = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            assertThat(file.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(file);
        }
    }

    /** The addresses of the app's own files its service worker keeps. */
    @SuppressWarnings("unchecked")
    private static List<String> keptAppFiles(Browser browser) {
        return (List<String>) browser.script("return caches.open('hopso-app-v1')"
                + ".then(cache => cache.keys()).then(requests => requests.map(request => request.url));");
    }

    /** How many documents and pages the browser keeps for reading offline. */
    @SuppressWarnings("unchecked")
    private static List<Long> keptInBrowser(Browser browser) {
        return ((List<Number>) browser.script("return new Promise(resolve => {"
                + "  const open = indexedDB.open('hopso-offline', 1);"
                + "  open.onsuccess = () => {"
                + "    const transaction = open.result.transaction(['copies', 'pages']);"
                + "    const copies = transaction.objectStore('copies').count();"
                + "    const pages = transaction.objectStore('pages').count();"
                + "    transaction.oncomplete = () => { open.result.close(); resolve([copies.result, pages.result]); };"
                + "  };"
                + "});")).stream().map(Number::longValue).toList();
    }

    /** The element's text as it is now, "" while there is none: one lookup, so a list drawn again cannot go stale. */
    private static String textNow(Browser browser, String testId) {
        Object text = browser.script("const e = document.querySelector('[data-testid=\"' + arguments[0] + '\"]');"
                + "return e === null ? '' : e.textContent;", testId);
        return text == null ? "" : text.toString();
    }

}
