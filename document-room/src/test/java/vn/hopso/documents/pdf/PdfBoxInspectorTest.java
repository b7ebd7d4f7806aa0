package vn.hopso.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.domain.Inspection;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.documents.testing.TestPdfs;

/** Real PDFBox on PDFs made in the test, good and hostile; each hostile one is refused with its reason. */
class PdfBoxInspectorTest {

    private final PdfLimits limits = PdfLimits.defaults();
    private final PdfBoxInspector inspector = new PdfBoxInspector(limits);

    @Test
    void readsPagesSizesAndVietnameseTextPerPage() throws Exception {
        Inspection inspection = inspector.inspect(TestPdfs.text("Tờ trình về dự toán ngân sách năm 2026",
                "Đề nghị Hội đồng nhân dân tỉnh xem xét"));
        assertThat(inspection.pages()).hasSize(2);
        assertThat(inspection.pages().get(0).text()).isEqualTo("Tờ trình về dự toán ngân sách năm 2026");
        assertThat(inspection.pages().get(1).text()).contains("Hội đồng nhân dân");
        assertThat(inspection.pages().get(0).width()).isEqualTo(595.27563f);
        assertThat(inspection.pages().get(0).height()).isEqualTo(841.8898f);
        assertThat(inspection.searchableText()).isTrue();
        assertThat(inspection.ownerPasswordOnly()).isFalse();
    }

    @Test
    void aScanIsAcceptedWithoutSearchableText() throws Exception {
        Inspection inspection = inspector.inspect(TestPdfs.scan());
        assertThat(inspection.pages()).hasSize(1);
        assertThat(inspection.searchableText()).isFalse();
    }

    @Test
    void aPasswordToOpenIsRefusedAndAnOwnerPasswordAloneIsNot() throws Exception {
        assertProblem(TestPdfs.userPassword(), PdfProblem.PASSWORD);
        Inspection inspection = inspector.inspect(TestPdfs.ownerPasswordOnly());
        assertThat(inspection.ownerPasswordOnly()).isTrue();
        assertThat(inspection.pages().get(0).text()).isEqualTo("Tài liệu được bảo vệ");
    }

    @Test
    void emptyTruncatedAndFakeFilesAreRefusedWithTheirReasons() {
        assertProblem(new byte[0], PdfProblem.EMPTY);
        assertProblem(TestPdfs.truncated(), PdfProblem.CORRUPT);
        assertProblem(TestPdfs.notPdf(), PdfProblem.NOT_PDF);
    }

    @Test
    void aPageTreeClaimingABillionPagesIsNotBelieved() {
        assertProblem(TestPdfs.lyingPageCount(), PdfProblem.TOO_MANY_PAGES);
    }

    @Test
    void moreRealPagesThanTheLimitAreRefused() {
        PdfBoxInspector strict = new PdfBoxInspector(new PdfLimits(limits.maxFileBytes(), 2,
                limits.maxNestingDepth(), limits.pageTime(), limits.maxMemoryBytes(), limits.maxImageWidth(),
                limits.watermarkFont()));
        assertThatThrownBy(() -> strict.inspect(TestPdfs.text("1", "2", "3")))
                .isInstanceOfSatisfying(UnreadablePdf.class, e -> assertThat(e.problem()).isEqualTo(PdfProblem.TOO_MANY_PAGES));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        PdfBoxInspector small = new PdfBoxInspector(new PdfLimits(100, limits.maxPages(), limits.maxNestingDepth(),
                limits.pageTime(), limits.maxMemoryBytes(), limits.maxImageWidth(), limits.watermarkFont()));
        assertThatThrownBy(() -> small.inspect(TestPdfs.text("Báo cáo")))
                .isInstanceOfSatisfying(UnreadablePdf.class, e -> assertThat(e.problem()).isEqualTo(PdfProblem.TOO_LARGE));
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserRecursesIntoIt() throws Exception {
        assertProblem(TestPdfs.deeplyNested(100_000), PdfProblem.TOO_DEEP);
        assertThat(inspector.inspect(TestPdfs.deeplyNested(20)).pages()).hasSize(1);
    }

    @Test
    void aStackOverflowOnTheGuardedThreadIsARefusalNotACrash() {
        Guarded guarded = new Guarded(limits);
        assertThatThrownBy(() -> guarded.run("deep", progress -> recurse(0)))
                .isInstanceOfSatisfying(UnreadablePdf.class, e -> assertThat(e.problem()).isEqualTo(PdfProblem.TOO_DEEP));
    }

    @Test
    void workThatMakesNoProgressWithinThePageTimeIsGivenUpAndItsDocumentClosed() {
        Guarded guarded = new Guarded(new PdfLimits(limits.maxFileBytes(), limits.maxPages(),
                limits.maxNestingDepth(), Duration.ofMillis(200), limits.maxMemoryBytes(), limits.maxImageWidth(),
                limits.watermarkFont()));
        CountDownLatch closed = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        assertThatThrownBy(() -> guarded.run("stuck", progress -> {
            progress.closeOnGiveUp(closed::countDown);
            try {
                never.await();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException("given up");
            }
            return null;
        })).isInstanceOfSatisfying(UnreadablePdf.class, e -> assertThat(e.problem()).isEqualTo(PdfProblem.TOO_SLOW));
        assertThat(closed.getCount()).isZero();
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private void assertProblem(byte[] pdf, PdfProblem problem) {
        assertThatThrownBy(() -> inspector.inspect(pdf)).isInstanceOfSatisfying(UnreadablePdf.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
