package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;
import vn.hopso.meeting.support.WsClient;

/**
 * Read receipts reach the staff live: a delegate's first opening of a document, and each page further than before,
 * put {@code documents.read} in the sitting's log for the staff only (it names neither the document nor the reader),
 * once per sweep whatever the number of readings, and as {@code readsSeq} in the staff's later snapshot; reading a
 * page again tells nothing, and no delegate learns when others read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentReadNewsSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-read-news";
    private static final TestS3 S3 = TestS3.start();

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    @Autowired
    private ReadingNews news;

    private SecretariatShelf shelf;
    private ApiClient secretariat;
    private ApiClient chair;
    private ApiClient reader;
    private ApiClient otherReader;
    private String sitting;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Phiếu Đọc");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        chair = login(fixtures().member(council, Role.CHAIR));
        reader = login(fixtures().member(council, Role.DELEGATE, "Nguyễn Thị Đọc"));
        otherReader = login(fixtures().member(council, Role.DELEGATE, "Trần Văn Xem"));
        shelf = new SecretariatShelf(secretariat, council);
        sitting = shelf.sitting(shelf.session(), false);
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void openingAndReadingFurtherReachTheStaffOnceAndReadingAgainTellsNothing() {
        String report = shelf.document(sitting, "Báo cáo kinh tế xã hội", "DELEGATES", null, "Trang một", "Trang hai",
                "Trang ba");
        try (WsClient desk = WsClient.followingFromNow(secretariat, sitting);
                WsClient console = WsClient.followingFromNow(chair, sitting);
                WsClient laptop = WsClient.followingFromNow(otherReader, sitting)) {
            page(reader, report, 1);
            page(otherReader, report, 1);
            news.tellReadings();
            JsonNode told = reading(desk);
            assertThat(told.propertyNames().stream().toList()).as("it names neither document nor reader")
                    .containsExactlyInAnyOrder("type", "sittingId", "seq", "at");
            assertThat(reading(console).get("seq").asLong()).as("the chair is told too")
                    .isEqualTo(told.get("seq").asLong());
            assertThat(readsSeq(secretariat)).as("both readings may be told in one sweep or two")
                    .isGreaterThanOrEqualTo(told.get("seq").asLong());
            assertThat(readsSeq(reader)).as("a delegate does not learn when others read").isZero();

            page(reader, report, 1);
            assertThat(news.tellReadings()).as("the same page again").isZero();
            page(reader, report, 3);
            news.tellReadings();
            long further = reading(desk).get("seq").asLong();
            assertThat(further).isGreaterThan(told.get("seq").asLong());
            assertThat(readsSeq(chair)).isEqualTo(further);

            // Something every screen is told, after the readings: the delegate's screen had none of them before it.
            shelf.withdraw(report);
            List<JsonNode> seen = laptop.until(frame -> frame.path("type").asString().equals("documents.changed"));
            assertThat(seen).noneMatch(frame -> frame.path("type").asString().equals("documents.read"));
        }
        JsonNode receipts = secretariat.get("/api/documents/" + report + "/reads").body();
        assertThat(receipts.valueStream().filter(r -> r.get("fullName").asString().equals("Nguyễn Thị Đọc"))
                .map(r -> r.get("furthestPage").asInt()).toList()).containsExactly(3);
    }

    private static void page(ApiClient client, String document, int page) {
        ApiClient.Bytes image = client.getBytes("/api/documents/" + document + "/pages/" + page + "?width=160");
        assertThat(image.status()).isEqualTo(200);
    }

    private static JsonNode reading(WsClient screen) {
        return screen.next(frame -> frame.path("type").asString().equals("documents.read"));
    }

    private long readsSeq(ApiClient client) {
        ApiClient.Response view = client.get("/api/sittings/" + sitting + "/view");
        assertThat(view.status()).as(view.raw()).isEqualTo(200);
        return view.body().get("readsSeq").asLong();
    }
}
