package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.documents.testing.TestImages;
import vn.hopso.documents.testing.TestOffice;
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ApiClient.Upload;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;
import vn.hopso.meeting.support.WsClient;

/**
 * The document room through HTTP against real servers: S3Proxy as the object storage, PostgreSQL, PDFBox. Hostile
 * files and names are made in the test; every refusal has its code, and what is refused leaves nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentRoomSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-documents";
    private static final TestS3 S3 = TestS3.start();
    private static final String NAME_NFC = Normalizer.normalize("Tờ trình số 12 – Ngân sách 2026.pdf",
            Normalizer.Form.NFC);

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private ApiClient secretariat;
    private ApiClient delegate;
    private ApiClient otherDelegate;
    private ApiClient guest;
    private ApiClient chair;
    private ApiClient foreignDelegate;
    private TestUser delegateUser;
    private String delegateName;
    private String session;
    private String sitting;
    private String closedSitting;
    private String councilId;
    @Autowired
    private ShelfNews shelfNews;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Tài Liệu");
        Organisation other = fixtures().council("HĐND tỉnh Bên Cạnh");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        delegateName = "Nguyễn Thị Hồng Nhung";
        delegateUser = fixtures().member(council, Role.DELEGATE, delegateName);
        delegate = login(delegateUser);
        otherDelegate = login(fixtures().member(council, Role.DELEGATE, "Trần Văn Khoa"));
        guest = login(fixtures().member(council, Role.GUEST));
        chair = login(fixtures().member(council, Role.CHAIR));
        foreignDelegate = login(fixtures().member(other, Role.DELEGATE));
        session = created(secretariat.post("/api/organisations/" + council.id() + "/sessions", Map.of(
                "name", "Kỳ họp thứ mười", "number", 10, "startsOn", "2026-12-08", "endsOn", "2026-12-10")));
        sitting = sitting(session, false);
        closedSitting = sitting(session, true);
        councilId = council.id().toString();
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void eachFileOfAnUploadAnswersForItselfAndARefusedOneLeavesNothing() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Tờ trình hợp lệ.pdf", TestPdfs.text("Tờ trình về dự toán ngân sách", "Trang hai"));
        files.put("Bản quét.pdf", TestPdfs.scan());
        files.put("Có mã độc.pdf", TestPdfs.activeContent());
        files.put("Chỉ có mật khẩu chủ.pdf", TestPdfs.ownerPasswordOnly());
        files.put("rỗng.pdf", new byte[0]);
        files.put("bị cắt.pdf", TestPdfs.truncated());
        files.put("trang web.pdf", TestPdfs.notPdf());
        files.put("có mật khẩu.pdf", TestPdfs.userPassword());
        files.put("một tỉ trang.pdf", TestPdfs.lyingPageCount());
        files.put("lồng sâu.pdf", TestPdfs.deeplyNested(50_000));
        files.put("văn bản.docx", "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1));
        files.put("Ảnh chụp tờ trình.jpg", TestImages.sheet("jpg", 1200, 1600));
        files.put("ảnh bom.png", TestImages.claiming(100_000, 100_000));
        files.put("ảnh hỏng.png", Arrays.copyOf(TestImages.sheet("png", 40, 40), 60));
        int before = count("document_versions");

        JsonNode answer = upload(sitting, "SUBMISSION", files);

        Map<String, String> outcome = new LinkedHashMap<>();
        answer.forEach(file -> outcome.put(file.get("fileName").asString(),
                file.get("status").asString().equals("READY") ? "READY" : file.get("code").asString()));
        assertThat(outcome).containsExactly(
                Map.entry("Tờ trình hợp lệ.pdf", "READY"), Map.entry("Bản quét.pdf", "READY"),
                Map.entry("Có mã độc.pdf", "READY"), Map.entry("Chỉ có mật khẩu chủ.pdf", "READY"),
                Map.entry("rỗng.pdf", "file_empty"), Map.entry("bị cắt.pdf", "pdf_corrupt"),
                Map.entry("trang web.pdf", "file_not_pdf"), Map.entry("có mật khẩu.pdf", "pdf_password"),
                Map.entry("một tỉ trang.pdf", "pdf_too_many_pages"), Map.entry("lồng sâu.pdf", "pdf_too_deep"),
                Map.entry("văn bản.docx", "file_type_unsupported"), Map.entry("Ảnh chụp tờ trình.jpg", "READY"),
                Map.entry("ảnh bom.png", "image_too_large"), Map.entry("ảnh hỏng.png", "image_corrupt"));
        assertThat(answer.get(7).get("message").asString()).contains("có mật khẩu");
        assertThat(answer.get(1).get("searchableText").asBoolean()).isFalse();
        assertThat(answer.get(0).get("pages").asInt()).isEqualTo(2);
        assertThat(answer.get(11).get("pages").asInt()).as("a photographed page is a page").isEqualTo(1);
        assertThat(answer.get(11).get("searchableText").asBoolean()).isFalse();
        assertThat(count("document_versions")).isEqualTo(before + 5);
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnceAndTheOriginalStaysAsUploaded() throws Exception {
        byte[] pdf = TestPdfs.text("Báo cáo thẩm tra số " + UUID.randomUUID());
        String first = ready(upload(sitting, "VERIFICATION_REPORT", Map.of("Báo cáo thẩm tra.pdf", pdf)));
        String second = ready(upload(sitting, "VERIFICATION_REPORT", Map.of("Bản sao.pdf", pdf)));
        assertThat(first).isNotEqualTo(second);
        String digest = jdbc.sql("select sha256 from document_versions where document_id = ?")
                .param(UUID.fromString(first)).query(String.class).single();
        assertThat(jdbc.sql("select sha256 from document_versions where document_id = ?")
                .param(UUID.fromString(second)).query(String.class).single()).isEqualTo(digest);
        assertThat(objectKeys()).containsOnlyOnce("originals/" + digest);
        try (MinioClient client = S3.client(); var in = client.getObject(io.minio.GetObjectArgs.builder()
                .bucket(BUCKET).object("originals/" + digest).build())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void hostileFileNamesAreKeptAndShownExactlyAndNormalisationFormsDoNotOverwriteEachOther() {
        String nfd = Normalizer.normalize(NAME_NFC, Normalizer.Form.NFD);
        List<String> names = List.of(NAME_NFC, nfd, "../../../etc/passwd.pdf", "tab\tand\u0001control.pdf",
                "<script>alert('x')</script>.pdf", "Dài".repeat(100) + ".pdf");
        Map<String, byte[]> files = new LinkedHashMap<>();
        names.forEach(name -> files.put(name, TestPdfs.text("Tài liệu " + UUID.randomUUID())));
        JsonNode answer = upload(sitting, "REFERENCE", files);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            assertThat(answer.get(i).get("fileName").asString()).isEqualTo(names.get(i));
            ids.add(ready(answer.get(i)));
        }
        for (int i = 0; i < names.size(); i++) {
            JsonNode entry = secretariat.get("/api/documents/" + ids.get(i)).body();
            assertThat(entry.get("fileName").asString()).as("name %d", i).isEqualTo(names.get(i));
        }
        ApiClient.Bytes download = delegate.getBytes("/api/documents/" + ids.get(1) + "/file");
        assertThat(download.status()).isEqualTo(200);
        String disposition = download.header("Content-Disposition");
        assertThat(disposition).doesNotContain("\n", "\r").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(nfd);
    }

    @Test
    void aDelegatesCopyAndPageImagesCarryTheirWatermarkOnEveryPageAndOpeningIsRecorded() throws Exception {
        String id = ready(upload(sitting, "DRAFT_RESOLUTION", Map.of("Dự thảo nghị quyết.pdf",
                TestPdfs.text("Điều 1. Phê chuẩn dự toán", "Điều 2. Giao Ủy ban nhân dân", "Điều 3. Hiệu lực")))
                .get(0));
        ApiClient.Bytes copy = delegate.getBytes("/api/documents/" + id + "/file");
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.header("Content-Type")).isEqualTo("application/pdf");
        String number = DocumentReaders.number(accountOf(delegateUser));
        try (PDDocument document = Loader.loadPDF(copy.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page)
                        .contains(delegateName + " · Đại biểu số " + number);
            }
        }
        String indexed = jdbc.sql("select string_agg(text, ' ') from document_pages where document_id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(indexed).contains("Điều 2").doesNotContain(delegateName);

        ApiClient.Bytes page = delegate.getBytes("/api/documents/" + id + "/pages/2?width=800");
        assertThat(page.status()).isEqualTo(200);
        String digest = jdbc.sql("select sha256 from document_versions where document_id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(objectKeys()).contains("derived/" + digest + "/page-2-w800.png");
        byte[] plain;
        try (MinioClient client = S3.client(); var in = client.getObject(io.minio.GetObjectArgs.builder()
                .bucket(BUCKET).object("derived/" + digest + "/page-2-w800.png").build())) {
            plain = in.readAllBytes();
        }
        var delivered = ImageIO.read(new ByteArrayInputStream(page.body()));
        var unmarked = ImageIO.read(new ByteArrayInputStream(plain));
        assertThat(delivered.getWidth()).isEqualTo(800);
        assertThat(page.body()).as("the delivered page is not the stored one").isNotEqualTo(plain);
        assertThat(unmarked.getWidth()).isEqualTo(800);

        JsonNode reads = secretariat.get("/api/documents/" + id + "/reads").body();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("fullName").asString()).isEqualTo(delegateName);
        assertThat(reads.get(0).get("opens").asInt()).isEqualTo(2);
        assertThat(reads.get(0).get("furthestPage").asInt()).isEqualTo(2);
        assertThat(delegate.get("/api/documents/" + id).body().get("readByMe").asBoolean()).isTrue();
        assertThat(otherDelegate.get("/api/documents/" + id).body().get("readByMe").asBoolean()).isFalse();
        assertThat(delegate.get("/api/documents/" + id + "/reads").status()).isEqualTo(403);
    }

    @Test
    void aPageFileIsThatPageAloneWatermarkedForEachReaderKeptOnceAndCountsAsReading() throws Exception {
        String id = ready(upload(sitting, "REPORT", Map.of("Báo cáo từng trang.pdf",
                TestPdfs.text("Phần một: tình hình chung", "Phần hai: kết quả thu ngân sách", "Phần ba: kiến nghị")))
                .get(0));
        ApiClient.Bytes mine = delegate.getBytes("/api/documents/" + id + "/pages/2/pdf");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(mine.header("Cache-Control")).contains("no-store");
        try (PDDocument document = Loader.loadPDF(mine.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Phần hai: kết quả thu ngân sách",
                    delegateName + " · Đại biểu số " + DocumentReaders.number(accountOf(delegateUser)))
                    .doesNotContain("Phần một", "Phần ba");
        }
        String digest = jdbc.sql("select sha256 from document_versions where document_id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(objectKeys()).as("kept once, unwatermarked, for every reader").contains(
                "derived/" + digest + "/page-2.pdf");
        try (MinioClient client = S3.client(); var in = client.getObject(io.minio.GetObjectArgs.builder()
                .bucket(BUCKET).object("derived/" + digest + "/page-2.pdf").build());
                PDDocument kept = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(kept)).contains("Phần hai").doesNotContain(delegateName);
        }
        ApiClient.Bytes theirs = otherDelegate.getBytes("/api/documents/" + id + "/pages/2/pdf");
        try (PDDocument document = Loader.loadPDF(theirs.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Trần Văn Khoa").doesNotContain(delegateName);
        }
        JsonNode reads = secretariat.get("/api/documents/" + id + "/reads").body();
        assertThat(reads).hasSize(2);
        assertThat(reads.findValues("furthestPage")).allSatisfy(page -> assertThat(page.asInt()).isEqualTo(2));
        assertThat(delegate.getBytes("/api/documents/" + id + "/pages/3/pdf?offline=true").status()).isEqualTo(200);
        assertThat(delegate.getBytes("/api/documents/" + id + "/pages/3?width=160&thumbnail=true").status())
                .isEqualTo(200);
        assertThat(secretariat.get("/api/documents/" + id + "/reads").body().findValues("furthestPage"))
                .as("a page taken to read offline, or seen as a thumbnail, is not yet read").allSatisfy(page -> assertThat(page.asInt())
                        .isEqualTo(2));

        for (String missing : List.of("0", "4")) {
            ApiClient.Bytes none = delegate.getBytes("/api/documents/" + id + "/pages/" + missing + "/pdf");
            assertThat(none.status()).as("page %s", missing).isEqualTo(404);
            assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("pdf_no_such_page");
        }
        assertThat(delegate.getBytes("/api/documents/" + id + "/pages/x/pdf").status()).isEqualTo(400);
        assertThat(delegate.getBytes("/api/documents/" + UUID.randomUUID() + "/pages/1/pdf").status())
                .isEqualTo(404);
    }

    @Test
    void aDocumentThatMayNotBePrintedIsServedToReadersAsCopiesThatOfferNoPrintingAndToTheSecretariatAsItIs()
            throws Exception {
        String id = ready(upload(sitting, "REPORT", Map.of("Không được in.pdf", TestPdfs.text("Một", "Hai"))).get(0));
        Map<String, Object> noPrinting = settings("DELEGATES", List.of(), null, true);
        noPrinting.put("printAllowed", false);
        ApiClient.Response set = secretariat.put("/api/documents/" + id, noPrinting);
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.body().get("printAllowed").asBoolean()).isFalse();

        for (String copy : List.of("/file", "/pages/2/pdf", "/annotated.pdf")) {
            try (PDDocument document = Loader.loadPDF(delegate.getBytes("/api/documents/" + id + copy).body())) {
                assertThat(document.getCurrentAccessPermission().canPrint()).as(copy).isFalse();
                assertThat(new PDFTextStripper().getText(document)).as(copy).contains(delegateName);
            }
        }
        try (PDDocument document = Loader.loadPDF(secretariat.getBytes("/api/documents/" + id + "/file").body())) {
            assertThat(document.getCurrentAccessPermission().canPrint()).as("the secretariat's own copy").isTrue();
        }
    }

    @Test
    void theUploadersScreensAreToldHowFarTheProcessingHasGotAndNoOneElseIs() {
        try (WsClient desk = WsClient.connect(secretariat); WsClient reader = WsClient.connect(delegate)) {
            desk.nextOfType("session.welcome");
            reader.nextOfType("session.welcome");
            String pdfUpload = UUID.randomUUID().toString();
            ready(secretariat.upload("/api/sittings/" + sitting + "/documents", Map.of("kind", "REPORT", "uploadId",
                    pdfUpload), List.of(new Upload("Báo cáo ba trang.pdf", TestPdfs.text("1", "2", "3")))).body());
            List<JsonNode> told = progressTold(desk);
            assertThat(told).allSatisfy(frame -> {
                assertThat(frame.get("uploadId").asString()).isEqualTo(pdfUpload);
                assertThat(frame.get("stage").asString()).isEqualTo("READING");
                assertThat(frame.get("pages").asInt()).isEqualTo(3);
            });
            assertThat(told.getFirst().get("page").asInt()).isEqualTo(1);
            assertThat(told.getLast().get("page").asInt()).as("the last page is always told").isEqualTo(3);

            String docxUpload = UUID.randomUUID().toString();
            ready(secretariat.upload("/api/sittings/" + sitting + "/documents", Map.of("kind", "REPORT", "uploadId",
                    docxUpload), List.of(new Upload("Tờ trình.docx", TestOffice.docx("Tờ trình " + docxUpload))))
                    .body());
            assertThat(progressTold(desk)).extracting(frame -> frame.get("stage").asString() + " "
                    + frame.get("page").asInt() + "/" + frame.get("pages").asInt())
                    .containsExactly("CONVERTING 0/0", "READING 1/1");

            assertThat(progressTold(reader)).as("another account's screens hear nothing of it").isEmpty();
        }
        int before = listed(secretariat, sitting).size();
        Refusals.refused(secretariat.upload("/api/sittings/" + sitting + "/documents", Map.of("kind", "REPORT",
                "uploadId", "không-phải-mã"), List.of(new Upload("Bị từ chối.pdf", TestPdfs.text("x")))), 400,
                "bad_request");
        assertThat(listed(secretariat, sitting)).as("the refused upload kept nothing").hasSize(before);
    }

    @Test
    void anOfficeFileIsConvertedIndexedAndServedAsAWatermarkedPdfWhileItsOriginalIsKeptAsUploaded() throws Exception {
        byte[] docx = TestOffice.docx("Tờ trình về điều chỉnh kế hoạch đầu tư công " + UUID.randomUUID());
        JsonNode answer = upload(sitting, "SUBMISSION", Map.of("Tờ trình điều chỉnh.docx", docx));
        String id = ready(answer);
        String digest = jdbc.sql("select sha256 from document_versions where document_id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(objectKeys()).contains("originals/" + digest, "derived/" + digest + "/converted.pdf");
        try (MinioClient client = S3.client(); var in = client.getObject(io.minio.GetObjectArgs.builder()
                .bucket(BUCKET).object("originals/" + digest).build())) {
            assertThat(in.readAllBytes()).isEqualTo(docx);
        }
        assertThat(jdbc.sql("select text from document_pages where document_id = ? and page = 1")
                .param(UUID.fromString(id)).query(String.class).single()).contains("điều chỉnh kế hoạch đầu tư công");
        ApiClient.Bytes copy = delegate.getBytes("/api/documents/" + id + "/file");
        assertThat(copy.header("Content-Disposition")).contains(java.net.URLEncoder.encode("Tờ trình điều chỉnh.pdf",
                StandardCharsets.UTF_8).replace("+", "%20"));
        try (PDDocument document = Loader.loadPDF(copy.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("điều chỉnh kế hoạch", delegateName);
        }
    }

    @Test
    void aCopyServedToADelegateHasNoActiveContent() throws Exception {
        String id = ready(upload(sitting, "REPORT", Map.of("Báo cáo có mã độc.pdf", TestPdfs.activeContent())).get(0));
        byte[] copy = delegate.getBytes("/api/documents/" + id + "/file").body();
        String raw = new String(copy, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/AA",
                "app.alert");
        try (PDDocument document = Loader.loadPDF(copy)) {
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
        }
    }

    @Test
    void whoSeesWhatFollowsTheAccessClassTheReleaseTimeAndWithdrawal() {
        String forDelegates = ready(upload(sitting, "SUBMISSION", Map.of("Cho đại biểu.pdf", TestPdfs.text("a"))).get(0));
        String closedOnly = settled(sitting, "CLOSED_SITTING", List.of(), null);
        String confidential = settled(sitting, "CONFIDENTIAL", List.of(accountOf(delegateUser).toString()), null);
        String later = settled(sitting, "DELEGATES", List.of(), "2099-01-01T00:00:00Z");
        String withdrawn = ready(upload(sitting, "REPORT", Map.of("Thu hồi.pdf", TestPdfs.text("c"))).get(0));
        String forPublic = settled(sitting, "PUBLIC", List.of(), null);
        assertThat(secretariat.post("/api/documents/" + withdrawn + "/withdrawal", Map.of()).status()).isEqualTo(200);
        String inClosedSitting = ready(upload(closedSitting, "SUBMISSION", Map.of("Họp kín.pdf", TestPdfs.text("d")))
                .get(0));

        assertThat(listed(delegate, sitting)).contains(forDelegates, closedOnly, confidential, forPublic)
                .doesNotContain(later, withdrawn);
        assertThat(listed(otherDelegate, sitting)).contains(forDelegates, closedOnly, forPublic)
                .doesNotContain(confidential, later, withdrawn);
        assertThat(listed(guest, sitting)).contains(forPublic).doesNotContain(forDelegates, closedOnly, confidential);
        assertThat(listed(secretariat, sitting)).contains(forDelegates, closedOnly, confidential, later, withdrawn);
        Instant asked = Instant.now();
        ApiClient.Response offline = otherDelegate.get("/api/sittings/" + sitting + "/documents/offline");
        assertThat(offline.status()).as(offline.raw()).isEqualTo(200);
        assertThat(offline.body().get("documents").findValuesAsString("id"))
                .as("to take away: what the reader may read now, as listed")
                .containsExactlyInAnyOrderElementsOf(listed(otherDelegate, sitting));
        assertThat(Instant.parse(offline.body().get("expiresAt").asString()))
                .isBetween(asked.plus(Duration.ofHours(72)).minusSeconds(60), asked.plus(Duration.ofHours(72))
                        .plusSeconds(60));
        assertThat(foreignDelegate.get("/api/sittings/" + sitting + "/documents/offline").status()).isEqualTo(404);
        assertThat(guest.get("/api/sittings/" + closedSitting + "/documents/offline").status()).isEqualTo(404);

        refused(guest, forDelegates, 403, "document_delegates_only");
        refused(guest, closedOnly, 403, "document_closed_sitting");
        refused(otherDelegate, confidential, 403, "document_confidential");
        refused(delegate, later, 403, "document_not_released");
        refused(delegate, withdrawn, 403, "document_withdrawn");
        refused(guest, inClosedSitting, 404, "not_found");
        refused(foreignDelegate, forPublic, 404, "not_found");
        assertThat(foreignDelegate.get("/api/sittings/" + sitting + "/documents").status()).isEqualTo(404);
        assertThat(guest.get("/api/sittings/" + closedSitting + "/documents").status()).isEqualTo(404);
        assertThat(delegate.getBytes("/api/documents/" + later + "/pages/1").status()).isEqualTo(403);
        assertThat(guest.getBytes("/api/documents/" + forPublic + "/file").status()).isEqualTo(200);
    }

    @Test
    void onlyTheSecretariatUploadsSetsWithdrawsAndSeesWhoReadAndARefusalChangesNothing() {
        String id = settled(sitting, "PUBLIC", List.of(), null);
        Map<String, Object> settings = settings("CONFIDENTIAL", List.of(accountOf(delegateUser).toString()), null, true);
        String accessBefore = secretariat.get("/api/documents/" + id).body().get("access").asString();
        int documentsBefore = listed(secretariat, sitting).size();
        for (ApiClient caller : List.of(delegate, guest)) {
            assertForbidden(caller.upload("/api/sittings/" + sitting + "/documents", Map.of("kind", "REPORT"),
                    List.of(new Upload("Của đại biểu.pdf", TestPdfs.text("không")))));
            assertForbidden(caller.put("/api/documents/" + id, settings));
            assertForbidden(caller.post("/api/documents/" + id + "/withdrawal", Map.of()));
            assertForbidden(caller.get("/api/documents/" + id + "/reads"));
        }
        assertThat(listed(secretariat, sitting)).as("no refused upload was kept").hasSize(documentsBefore);
        assertThat(secretariat.get("/api/documents/" + id).body().get("access").asString())
                .as("the refused settings changed nothing").isEqualTo(accessBefore);
        assertThat(secretariat.get("/api/documents/" + id).body().get("withdrawnAt").isNull()).isTrue();
        assertThat(foreignDelegate.get("/api/documents/" + id + "/reads").status()).isEqualTo(404);
        assertThat(secretariat.get("/api/documents/" + id + "/reads").status()).isEqualTo(200);
    }

    @Test
    void theSecretariatAndTheChairSeeWhichElectedDelegatesHaveNotOpenedEachDocumentTheyMayOpenNow() {
        String today = sitting(session, false);
        String forAll = ready(upload(today, "SUBMISSION", Map.of("Cho mọi đại biểu.pdf", TestPdfs.text("a", "b"))));
        String confidential = settled(today, "CONFIDENTIAL", List.of(accountOf(delegateUser).toString()), null);
        String later = settled(today, "DELEGATES", List.of(), "2099-01-01T00:00:00Z");
        String withdrawn = ready(upload(today, "REPORT", Map.of("Thu hồi.pdf", TestPdfs.text("c"))));
        assertThat(secretariat.post("/api/documents/" + withdrawn + "/withdrawal", Map.of()).status()).isEqualTo(200);
        String draftItem = created(secretariat.post("/api/sittings/" + today + "/agenda", Map.of("title",
                "Nội dung chưa công bố", "description", "", "presenter", "", "estimatedMinutes", 10, "closed", false)));
        ApiClient.Response ofDraft = secretariat.upload("/api/sittings/" + today + "/documents",
                Map.of("kind", "REPORT", "agendaItemId", draftItem), List.of(new Upload("Dự thảo.pdf", TestPdfs.text("d"))));
        assertThat(ofDraft.status()).as(ofDraft.raw()).isEqualTo(200);
        assertThat(delegate.getBytes("/api/documents/" + forAll + "/pages/2").status()).isEqualTo(200);

        ApiClient.Response answer = secretariat.get("/api/sittings/" + today + "/documents/unopened");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().findValuesAsString("documentId")).containsExactly(forAll, confidential);
        JsonNode first = answer.body().get(0);
        assertThat(first.get("entitled").asInt()).isEqualTo(2);
        assertThat(first.get("notOpened").findValuesAsString("fullName")).containsExactly("Trần Văn Khoa");
        JsonNode second = answer.body().get(1);
        assertThat(second.get("entitled").asInt()).as("a confidential document counts only its readers").isEqualTo(1);
        assertThat(second.get("notOpened").findValuesAsString("fullName")).containsExactly(delegateName);
        assertThat(answer.raw()).doesNotContain(later, withdrawn, ready(ofDraft.body()));
        ApiClient.Response asChair = chair.get("/api/sittings/" + today + "/documents/unopened");
        assertThat(asChair.status()).as("the chair sees it at a glance too").isEqualTo(200);
        assertThat(asChair.body()).isEqualTo(answer.body());

        assertForbidden(delegate.get("/api/sittings/" + today + "/documents/unopened"));
        assertForbidden(guest.get("/api/sittings/" + today + "/documents/unopened"));
        assertThat(foreignDelegate.get("/api/sittings/" + today + "/documents/unopened").status()).isEqualTo(404);
    }

    @Test
    void aDocumentOfTheWholeSessionIsOnTheShelfOfEachOfItsSittingsAndOfNoOtherSessions() {
        String ofItsOwn = created(secretariat.post("/api/organisations/" + councilId + "/sessions", Map.of(
                "name", "Kỳ họp thường lệ cuối năm", "number", 12, "startsOn", "2026-12-28", "endsOn", "2026-12-30")));
        String opening = sitting(ofItsOwn, false);
        String closing = sitting(ofItsOwn, false);
        String closedOne = sitting(ofItsOwn, true);
        String item = created(secretariat.post("/api/sittings/" + opening + "/agenda", Map.of("title",
                "Khai mạc", "description", "", "presenter", "", "estimatedMinutes", 10, "closed", false)));
        int documentsBefore = count("documents");
        ApiClient.Response withItem = secretariat.upload("/api/sittings/" + opening + "/documents",
                Map.of("kind", "REFERENCE", "agendaItemId", item, "wholeSession", "true"),
                List.of(new Upload("Chương trình.pdf", TestPdfs.text("x"))));
        assertThat(withItem.status()).as(withItem.raw()).isEqualTo(400);
        assertThat(withItem.body().get("fields").get(0).get("code").asString()).isEqualTo("whole_session_with_item");
        assertThat(count("documents")).as("the refused upload kept nothing").isEqualTo(documentsBefore);

        String programme = ofWholeSession(closedOne, "Chương trình kỳ họp.pdf", "PUBLIC");
        String rules = ofWholeSession(opening, "Nội quy kỳ họp.pdf", "DELEGATES");
        String ownOnly = ready(upload(opening, "SUBMISSION", Map.of("Của phiên khai mạc.pdf", TestPdfs.text("b"))));
        String other = created(secretariat.post("/api/organisations/" + councilId + "/sessions", Map.of(
                "name", "Kỳ họp chuyên đề", "number", 11, "startsOn", "2026-12-20", "endsOn", "2026-12-20")));
        String otherSitting = sitting(other, false);

        assertThat(listed(delegate, closing)).as("another sitting of the session").contains(programme, rules)
                .doesNotContain(ownOnly);
        assertThat(listed(delegate, opening)).startsWith(programme, rules).contains(ownOnly);
        assertThat(listed(delegate, otherSitting)).doesNotContain(programme, rules);
        JsonNode entry = delegate.get("/api/documents/" + rules).body();
        assertThat(entry.get("wholeSession").asBoolean()).isTrue();
        assertThat(entry.get("sittingId").asString()).isEqualTo(opening);
        assertThat(entry.get("agendaItemId").isNull()).isTrue();

        assertThat(guest.get("/api/sittings/" + closedOne + "/documents").status()).isEqualTo(404);
        assertThat(listed(guest, closing)).as("uploaded to the closed sitting, public, of the whole session")
                .contains(programme).doesNotContain(rules);
        assertThat(guest.getBytes("/api/documents/" + programme + "/pages/1/pdf").status()).isEqualTo(200);
        refused(guest, rules, 403, "document_delegates_only");
        refused(foreignDelegate, programme, 404, "not_found");

        assertThat(delegate.getBytes("/api/documents/" + rules + "/pages/1").status()).isEqualTo(200);
        ApiClient.Response unopened = secretariat.get("/api/sittings/" + closing + "/documents/unopened");
        assertThat(unopened.status()).as(unopened.raw()).isEqualTo(200);
        JsonNode ofRules = unopened.body().valueStream()
                .filter(document -> document.get("documentId").asString().equals(rules)).findFirst().orElseThrow();
        assertThat(ofRules.get("notOpened").findValuesAsString("fullName")).as("read in another sitting")
                .doesNotContain(delegateName).contains("Trần Văn Khoa");

        Map<String, Object> settled = settings("DELEGATES", List.of(), null, true);
        assertThat(secretariat.put("/api/documents/" + programme, settled).status()).isEqualTo(200);
        assertThat(secretariat.get("/api/documents/" + programme).body().get("wholeSession").asBoolean())
                .as("settings keep it the session's").isTrue();
        assertThat(listed(otherDelegate, closing)).contains(programme);
    }

    @Test
    void aDocumentReleasedLaterIsToldToTheShelvesWhenItsTimeComesOnceAndNotWhenWithdrawn() {
        String ofRelease = sitting(session, false);
        Instant releaseAt = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        String later = settled(ofRelease, "DELEGATES", List.of(), releaseAt.toString());
        String withdrawnFirst = settled(ofRelease, "PUBLIC", List.of(), releaseAt.toString());
        assertThat(secretariat.post("/api/documents/" + withdrawnFirst + "/withdrawal", Map.of()).status())
                .isEqualTo(200);
        assertThat(pendingReleases(later)).isEqualTo(1);
        assertThat(pendingReleases(withdrawnFirst)).as("a withdrawn document is never released").isZero();
        try (WsClient shelf = WsClient.connect(delegate)) {
            shelf.nextOfType("session.welcome");
            shelf.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + ofRelease + "\",\"afterSeq\":"
                    + documentsSeq(ofRelease) + "}");
            shelf.nextOfType("sitting.subscribed");
            long before = documentsSeq(ofRelease);
            shelfNews.tellReleases(releaseAt.minusSeconds(1));
            assertThat(documentsSeq(ofRelease)).as("not before its time").isEqualTo(before);

            assertThat(shelfNews.tellReleases(releaseAt)).isGreaterThanOrEqualTo(1);
            JsonNode told = shelf.next(frame -> frame.path("type").asString().equals("documents.changed"));
            assertThat(told.get("sittingId").asString()).isEqualTo(ofRelease);
            assertThat(documentsSeq(ofRelease)).isEqualTo(told.get("seq").asLong());
            shelfNews.tellReleases(releaseAt.plusSeconds(1));
            assertThat(documentsSeq(ofRelease)).as("told once").isEqualTo(told.get("seq").asLong());
        }
        assertThat(pendingReleases(later)).isZero();
        Map<String, Object> movedLater = settings("DELEGATES", List.of(), releaseAt.plusSeconds(60).toString(), true);
        assertThat(secretariat.put("/api/documents/" + later, movedLater).status()).isEqualTo(200);
        assertThat(pendingReleases(later)).as("a release moved later is told again when it comes").isEqualTo(1);
    }

    private long documentsSeq(String sittingId) {
        return delegate.get("/api/sittings/" + sittingId + "/view").body().get("documentsSeq").asLong();
    }

    private int pendingReleases(String documentId) {
        return jdbc.sql("select count(*) from documents where release_pending and id = ?")
                .param(UUID.fromString(documentId)).query(Integer.class).single();
    }

    /** A file uploaded to the sitting as a document of its whole session, readable by {@code access}. */
    private String ofWholeSession(String sittingId, String name, String access) {
        ApiClient.Response uploaded = secretariat.upload("/api/sittings/" + sittingId + "/documents",
                Map.of("kind", "REFERENCE", "wholeSession", "true", "access", access),
                List.of(new Upload(name, TestPdfs.text(name))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        return ready(uploaded.body());
    }

    private static void assertForbidden(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(403);
        assertThat(response.body().get("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void aDocumentThatMayNotBeDownloadedIsStillReadInTheViewer() {
        String id = ready(upload(sitting, "REFERENCE", Map.of("Chỉ xem.pdf", TestPdfs.text("Chỉ xem"))).get(0));
        assertThat(secretariat.put("/api/documents/" + id, settings("DELEGATES", List.of(), null, false)).status())
                .isEqualTo(200);
        ApiClient.Response refused = delegate.get("/api/documents/" + id + "/file");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("code").asString()).isEqualTo("document_download_not_allowed");
        assertThat(delegate.getBytes("/api/documents/" + id + "/pages/1?width=320").status()).isEqualTo(200);
    }

    @Test
    void settingsThatCannotHoldAreRefusedAndChangeNothing() {
        String id = ready(upload(sitting, "REFERENCE", Map.of("Cài đặt.pdf", TestPdfs.text("x"))).get(0));
        ApiClient.Response stranger = secretariat.put("/api/documents/" + id, settings("CONFIDENTIAL",
                List.of(UUID.randomUUID().toString()), null, true));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body().get("fields").get(0).get("code").asString()).isEqualTo("reader_not_member");
        ApiClient.Response notConfidential = secretariat.put("/api/documents/" + id, settings("DELEGATES",
                List.of(accountOf(delegateUser).toString()), null, true));
        assertThat(notConfidential.body().get("fields").get(0).get("code").asString())
                .isEqualTo("readers_only_confidential");
        assertThat(delegate.put("/api/documents/" + id, settings("PUBLIC", List.of(), null, true)).status())
                .isEqualTo(403);
        assertThat(secretariat.get("/api/documents/" + id).body().get("access").asString()).isEqualTo("DELEGATES");
        ApiClient.Response badPage = delegate.get("/api/documents/" + id + "/pages/2");
        assertThat(badPage.status()).isEqualTo(404);
        assertThat(badPage.body().get("code").asString()).isEqualTo("pdf_no_such_page");
        assertThat(delegate.upload("/api/sittings/" + sitting + "/documents", Map.of("kind", "REPORT"),
                List.of(new Upload("x.pdf", TestPdfs.text("x")))).status()).isEqualTo(403);
    }

    private String settled(String sittingId, String access, List<String> readers, String releaseAt) {
        String id = ready(upload(sittingId, "SUBMISSION", Map.of(access + ".pdf", TestPdfs.text(access))).get(0));
        ApiClient.Response set = secretariat.put("/api/documents/" + id, settings(access, readers, releaseAt, true));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        return id;
    }

    private static Map<String, Object> settings(String access, List<String> readers, String releaseAt,
            boolean download) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Tài liệu " + access);
        body.put("kind", "SUBMISSION");
        body.put("position", 1);
        body.put("access", access);
        body.put("readerIds", readers);
        body.put("releaseAt", releaseAt);
        body.put("downloadAllowed", download);
        body.put("printAllowed", true);
        return body;
    }

    private void refused(ApiClient client, String id, int status, String code) {
        ApiClient.Response response = client.get("/api/documents/" + id);
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.body().get("code").asString()).isEqualTo(code);
        for (String copy : List.of("/file", "/pages/1", "/pages/1/pdf")) {
            assertThat(client.getBytes("/api/documents/" + id + copy).status()).as(copy).isEqualTo(status);
        }
    }

    /** The upload.progress frames the socket was sent before a ping sent now. */
    private static List<JsonNode> progressTold(WsClient socket) {
        socket.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"n\"}");
        return socket.until(frame -> frame.get("type").asString().equals("heartbeat.pong")).stream()
                .filter(frame -> frame.get("type").asString().equals("upload.progress")).toList();
    }

    private static List<String> listed(ApiClient client, String sittingId) {
        ApiClient.Response response = client.get("/api/sittings/" + sittingId + "/documents");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().findValuesAsString("id");
    }

    private JsonNode upload(String sittingId, String kind, Map<String, byte[]> files) {
        List<Upload> uploads = new ArrayList<>();
        files.forEach((name, content) -> uploads.add(new Upload(name, content)));
        ApiClient.Response response = secretariat.upload("/api/sittings/" + sittingId + "/documents",
                Map.of("kind", kind), uploads);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body()).hasSize(files.size());
        return response.body();
    }

    private static String ready(JsonNode file) {
        JsonNode one = file.isArray() ? file.get(0) : file;
        assertThat(one.get("status").asString()).as(one.toString()).isEqualTo("READY");
        return one.get("documentId").asString();
    }

    private String sitting(String session, boolean closed) {
        return created(secretariat.post("/api/sessions/" + session + "/sittings", Map.of(
                "title", closed ? "Phiên họp kín" : "Phiên họp thứ nhất", "startsAt", "2026-12-08T01:00:00Z",
                "endsAt", "2026-12-08T04:00:00Z", "place", "Hội trường", "closed", closed)));
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static List<String> objectKeys() throws Exception {
        List<String> keys = new ArrayList<>();
        try (MinioClient client = S3.client()) {
            for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(BUCKET).recursive(true)
                    .build())) {
                keys.add(item.get().objectName());
            }
        }
        return keys;
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
