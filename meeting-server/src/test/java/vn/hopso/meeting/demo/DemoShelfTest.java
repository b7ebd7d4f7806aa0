package vn.hopso.meeting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.HopsoApplication;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.TestPostgres;
import vn.hopso.meeting.support.TestS3;

/**
 * The demo council, seeded with object storage as the Run command has it: its opening sitting has the session's
 * papers, which a delegate lists, reads watermarked with their own name and finds by a search without diacritics,
 * while a guest sees only the public report; a restart adds nothing twice.
 */
class DemoShelfTest {

    private static final String BUCKET = "demo-shelf";
    private static TestS3 s3;

    @BeforeAll
    static void storage() {
        s3 = TestS3.start();
        s3.createBucket(BUCKET);
    }

    @AfterAll
    static void stopStorage() {
        s3.close();
    }

    @Test
    void theOpeningSittingHasTheSessionsPapersForItsDelegatesOnce() throws Exception {
        String database = TestPostgres.newDatabase();
        UUID sitting;
        try (ConfigurableApplicationContext server = start(database)) {
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            sitting = jdbc.sql("select id from sittings where title = 'Phiên khai mạc'").query(UUID.class).single();
            UUID session = jdbc.sql("select session_id from sittings where id = ?").param(sitting)
                    .query(UUID.class).single();
            try (ApiClient delegate = ApiClient.loggedIn(port(server), "daibieu01", DemoCouncil.PASSWORD)) {
                JsonNode listed = delegate.get("/api/sittings/" + sitting + "/documents").body();
                assertThat(titles(listed)).containsExactlyInAnyOrder(
                        "Báo cáo kinh tế – xã hội năm 2026",
                        "Tờ trình số 125 – Dự toán ngân sách 2027",
                        "Dự thảo Nghị quyết – Dự toán ngân sách 2027",
                        "Báo cáo thẩm tra – Ban Kinh tế – Ngân sách");
                JsonNode submission = byTitle(listed, "Tờ trình số 125 – Dự toán ngân sách 2027");
                assertThat(submission.get("kind").asString()).isEqualTo("SUBMISSION");
                assertThat(submission.get("pages").asInt()).as("a paper to turn the pages of").isGreaterThan(1);
                assertThat(submission.get("searchableText").asBoolean()).isTrue();
                assertThat(submission.get("watermarked").asBoolean()).isTrue();

                String name = delegate.get("/api/me").body().get("fullName").asString();
                ApiClient.Bytes copy = delegate.getBytes("/api/documents/" + submission.get("id").asString() + "/file");
                assertThat(copy.status()).isEqualTo(200);
                try (PDDocument pdf = Loader.loadPDF(copy.body())) {
                    String text = new PDFTextStripper().getText(pdf);
                    assertThat(text).contains("Tổng thu ngân sách nhà nước trên địa bàn", "19.800", name);
                }
                assertThat(delegate.getBytes("/api/documents/" + submission.get("id").asString()
                        + "/pages/2?width=800").status()).isEqualTo(200);

                JsonNode found = delegate.get("/api/sessions/" + session + "/documents/search?q=tham%20tra").body();
                assertThat(found.toString()).contains("Báo cáo thẩm tra – Ban Kinh tế – Ngân sách");
            }
            try (ApiClient guest = ApiClient.loggedIn(port(server), "khachmoi", DemoCouncil.PASSWORD)) {
                assertThat(titles(guest.get("/api/sittings/" + sitting + "/documents").body()))
                        .containsExactly("Báo cáo kinh tế – xã hội năm 2026");
            }
        }
        try (ConfigurableApplicationContext restarted = start(database)) {
            assertThat(restarted.getBean(JdbcClient.class).sql("select count(*) from documents where sitting_id = ?")
                    .param(sitting).query(Integer.class).single()).as("nothing seeded twice").isEqualTo(4);
        }
    }

    private static List<String> titles(JsonNode documents) {
        List<String> titles = new ArrayList<>();
        documents.forEach(document -> titles.add(document.get("title").asString()));
        return titles;
    }

    private static JsonNode byTitle(JsonNode documents, String title) {
        for (JsonNode document : documents) {
            if (document.get("title").asString().equals(title)) {
                return document;
            }
        }
        throw new AssertionError("no document titled " + title + " in " + documents);
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(HopsoApplication.class).run("--server.port=0", "--logging.file.name=",
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--hopso.demo=true", "--hopso.s3.endpoint=" + s3.endpoint(),
                "--hopso.s3.access-key=" + TestS3.ACCESS_KEY, "--hopso.s3.secret-key=" + TestS3.SECRET_KEY,
                "--hopso.s3.bucket=" + BUCKET);
    }

    private static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }
}
