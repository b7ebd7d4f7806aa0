package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.BallotDesk.send;
import static vn.hopso.meeting.system.LiveSocket.connected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.WsClient;

/**
 * The results of a counted ballot as files: the result sheet (PDF) for those who prepare or conduct ballots, by role
 * and by council, and refused with a reason for a ballot whose votes are not counted. PermissionMatrixTest leaves
 * these calls to this test: a counted ballot needs a sitting in progress, delegates checked in and the chair's
 * commands, which the matrix's shared objects do not have.
 */
class BallotResultFilesSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient secretariat;
    private ApiClient chair;
    private String sitting;
    private String item;
    private BallotDesk desk;
    private List<TestUser> delegates;
    private BallotStage stage;

    @BeforeEach
    void setUp() {
        stage = BallotStage.started(fixtures(), this::login, "HĐND tỉnh Kết Quả",
                "Nghị quyết về đầu tư công trung hạn",
                List.of("Nguyễn Văn An", "Trần Thị Bình", "=Lê Văn Cường", "Phạm Thị Dung"), 3);
        council = stage.council();
        secretariat = stage.secretariat();
        chair = stage.chair();
        sitting = stage.sitting();
        item = stage.item();
        desk = stage.desk();
        delegates = stage.delegates();
    }

    @Test
    void theSecretariatDownloadsTheSheetOfAClosedNamedBallotWithItsFiguresInVietnamese() throws IOException {
        String ballot = stage.closedMotion("Nghị quyết đầu tư công", false, "YES", "NO", null);

        ApiClient.Bytes sheet = secretariat.getBytes("/api/ballots/" + ballot + "/result-sheet.pdf");

        assertThat(sheet.status()).as(new String(sheet.body())).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(sheet.header("Content-Disposition")).startsWith("attachment").contains(".pdf");
        String text = text(sheet.body());
        assertThat(text).contains("BIÊN BẢN KẾT QUẢ BIỂU QUYẾT", "HĐND TỈNH KẾT QUẢ", "Phiên họp: Phiên khai mạc",
                "Nội dung: Nghị quyết về đầu tư công trung hạn", "Phiếu biểu quyết: Nghị quyết đầu tư công",
                "Tổng số đại biểu: 4", "Số đại biểu có mặt, được biểu quyết: 3", "Tán thành 1 25,00% 33,33%",
                "Không tán thành 1 25,00% 33,33%", "Không tham gia biểu quyết 1 25,00% 33,33%",
                "cần 3 phiếu", "KẾT QUẢ: KHÔNG THÔNG QUA", "CHỦ TỌA", "THƯ KÝ");
        assertThat(text).as("no voter's name on the sheet").doesNotContain("Nguyễn Văn An", "Trần Thị Bình", "Cường");
    }

    @Test
    void aSecretBallotsSheetIsAVoteCountersSheetWithoutANameAndTheChairMayTakeItToo() throws IOException {
        String ballot = stage.closedMotion("Miễn nhiệm đại biểu", true, "YES", "YES", "NO");

        ApiClient.Bytes sheet = chair.getBytes("/api/ballots/" + ballot + "/result-sheet.pdf");

        assertThat(sheet.status()).isEqualTo(200);
        assertThat(text(sheet.body())).contains("BIÊN BẢN KIỂM PHIẾU", "Hình thức: Bỏ phiếu kín", "Số phiếu phát ra: 3")
                .doesNotContain("Nguyễn Văn An", "Trần Thị Bình", "Cường");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyThoseWhoPrepareOrConductBallotsTakeTheFilesAndTheBallotCommitteeTheSheet(Role role) {
        String ballot = stage.closedMotion("Phiếu theo vai trò " + role, false, "YES", "YES", "YES");
        int sheetExpected = switch (role) {
            case SECRETARIAT, CHAIR, BALLOT_COMMITTEE -> 200;
            case ADMIN, DELEGATE, SITE_OPERATOR, GUEST, OBSERVER -> 403;
        };
        int namedExpected = role == Role.BALLOT_COMMITTEE ? 403 : sheetExpected;

        ApiClient caller = login(fixtures().member(council, role));

        for (var file : Map.of("/result-sheet.pdf", sheetExpected, "/results.csv", namedExpected).entrySet()) {
            ApiClient.Bytes answer = caller.getBytes("/api/ballots/" + ballot + file.getKey());
            assertThat(answer.status()).as(file.getKey()).isEqualTo(file.getValue());
            if (file.getValue() == 403) {
                assertThat(code(answer)).isEqualTo("forbidden");
            }
        }
    }

    @Test
    void theNamedResultsListEveryDelegateEntitledWithTheirChoiceForASpreadsheet() {
        String ballot = stage.closedMotion("Nghị quyết theo tên", false, "NO", null, "YES");

        ApiClient.Bytes csv = chair.getBytes("/api/ballots/" + ballot + "/results.csv");

        assertThat(csv.status()).as(new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains(".csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as("Phạm Thị Dung was absent at the opening")
                .isEqualTo("\uFEFFSTT,Họ và tên,Biểu quyết\r\n"
                        + "1,'=Lê Văn Cường,Tán thành\r\n"
                        + "2,Nguyễn Văn An,Không tán thành\r\n"
                        + "3,Trần Thị Bình,Không tham gia biểu quyết\r\n");
    }

    @Test
    void aSecretBallotHasNoNamedResults() {
        String ballot = stage.closedMotion("Phiếu kín", true, "NO", "YES", "YES");

        ApiClient.Bytes csv = secretariat.getBytes("/api/ballots/" + ballot + "/results.csv");

        assertThat(csv.status()).isEqualTo(409);
        assertThat(code(csv)).isEqualTo("ballot_secret");
    }

    @Test
    void anotherCouncilUnknownIdsAndAnonymousCallersGetNothing() {
        String ballot = stage.closedMotion("Phiếu của tỉnh Kết Quả", false, "YES", "NO", "NO");
        Organisation other = fixtures().council("HĐND tỉnh Khác");

        ApiClient.Bytes foreign = login(fixtures().member(other, Role.SECRETARIAT))
                .getBytes("/api/ballots/" + ballot + "/result-sheet.pdf");
        ApiClient.Bytes unknown = secretariat.getBytes("/api/ballots/" + UUID.randomUUID() + "/result-sheet.pdf");
        ApiClient.Bytes malformed = secretariat.getBytes("/api/ballots/khong-phai-ma/result-sheet.pdf");
        ApiClient.Bytes anonymous = new ApiClient(port).getBytes("/api/ballots/" + ballot + "/result-sheet.pdf");
        ApiClient.Bytes admin = login(fixtures().systemAdmin(council)).getBytes("/api/ballots/" + ballot
                + "/result-sheet.pdf");

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(code(foreign)).isEqualTo("not_found");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(admin.status()).as("a system administrator holds every permission").isEqualTo(200);
    }

    @Test
    void aBallotWhoseVotesAreNotCountedHasNoSheetAndADraftIsNotThereForADelegate() {
        try (WsClient console = connected(chair)) {
            String draft = desk.prepare(console, secretariat, item, "MOTION", "Phiếu chưa mở", false);
            assertThat(code(secretariat.getBytes("/api/ballots/" + draft + "/result-sheet.pdf")))
                    .isEqualTo("result_not_ready");
            assertThat(login(delegates.getFirst()).getBytes("/api/ballots/" + draft + "/result-sheet.pdf").status())
                    .as("a draft is not shown to delegates").isEqualTo(404);

            send(console, desk.step("ballot.open", "open", draft), "open");
            ApiClient.Bytes open = chair.getBytes("/api/ballots/" + draft + "/result-sheet.pdf");
            assertThat(open.status()).isEqualTo(409);
            assertThat(code(open)).isEqualTo("result_not_ready");

            send(console, desk.frame("ballot.annul", "annul", "ballotId", draft, "reason", "Sai nội dung"), "annul");
            ApiClient.Bytes annulled = chair.getBytes("/api/ballots/" + draft + "/result-sheet.pdf");
            assertThat(annulled.status()).isEqualTo(409);
            assertThat(code(annulled)).isEqualTo("ballot_annulled");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static String code(ApiClient.Bytes answer) {
        JsonNode body = ApiClient.json().readTree(answer.body());
        return body.path("code").asString();
    }
}
