package vn.hopso.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.documents.domain.Watermark;
import vn.hopso.documents.testing.TestPdfs;

/** What a reader receives: no active content, no encryption, their watermark on every page; the original unchanged. */
class PdfBoxServedCopiesTest {

    private static final Watermark MARK = new Watermark("Nguyễn Thị Hồng Nhung", "3F2A9C1E",
            ZonedDateTime.of(2026, 12, 8, 14, 5, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")));

    private final PdfLimits limits = PdfLimits.defaults();
    private final PdfBoxServedCopies copies = new PdfBoxServedCopies(limits);

    @Test
    void noActiveContentSurvivesInACopy() throws Exception {
        byte[] hostile = TestPdfs.activeContent();
        assertThat(activeContent(hostile)).as("the test file really is hostile")
                .contains("AA", "JavaScript", "Launch", "SubmitForm", "GoToR", "ImportData");
        byte[] copy = copies.copy(hostile, Optional.empty());
        assertThat(activeContent(copy)).isEmpty();
        assertThat(text(copy)).contains("Dự thảo nghị quyết có mã độc");
    }

    @Test
    void everyPageOfAWatermarkedCopyNamesTheReaderAndTheOriginalStaysUnchanged() throws Exception {
        byte[] original = TestPdfs.text("Trang một của tờ trình", "Trang hai", "Trang ba");
        byte[] before = original.clone();
        byte[] copy = copies.copy(original, Optional.of(MARK));
        assertThat(original).isEqualTo(before);
        try (PDDocument document = Loader.loadPDF(copy)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page)
                        .contains("Nguyễn Thị Hồng Nhung · Đại biểu số 3F2A9C1E · 08/12/2026 14:05");
            }
        }
        assertThat(text(original)).doesNotContain("Nguyễn Thị Hồng Nhung");
    }

    @Test
    void aCopyThatMayNotBePrintedOpensWithoutAPasswordButOffersNoPrinting() throws Exception {
        for (byte[] original : List.of(TestPdfs.text("Tờ trình không được in", "Trang hai"),
                TestPdfs.ownerPasswordOnly())) {
            byte[] copy = copies.copy(original, Optional.of(MARK), false);
            try (PDDocument document = Loader.loadPDF(copy)) {
                assertThat(document.isEncrypted()).isTrue();
                assertThat(document.getCurrentAccessPermission().canPrint()).isFalse();
                assertThat(document.getCurrentAccessPermission().canPrintFaithful()).isFalse();
                assertThat(document.getCurrentAccessPermission().canExtractContent()).as("text stays readable")
                        .isTrue();
                assertThat(new PDFTextStripper().getText(document)).contains("Nguyễn Thị Hồng Nhung");
            }
        }
        try (PDDocument printable = Loader.loadPDF(copies.copy(TestPdfs.text("In được"), Optional.of(MARK), true))) {
            assertThat(printable.isEncrypted()).isFalse();
        }
    }

    @Test
    void anOwnerPasswordCopyIsServedWithoutEncryptionAndAUserPasswordOneIsRefused() throws Exception {
        byte[] copy = copies.copy(TestPdfs.ownerPasswordOnly(), Optional.of(MARK));
        try (PDDocument document = Loader.loadPDF(copy)) {
            assertThat(document.isEncrypted()).isFalse();
        }
        try {
            copies.copy(TestPdfs.userPassword(), Optional.empty());
            throw new AssertionError("a PDF that needs a password was copied");
        } catch (UnreadablePdf e) {
            assertThat(e.problem()).isEqualTo(PdfProblem.PASSWORD);
        }
    }

    @Test
    void aPageImageGetsTheWatermarkDrawnAcrossIt() throws Exception {
        PdfBoxPageRenderer renderer = new PdfBoxPageRenderer(limits);
        byte[] plain = renderer.png(TestPdfs.text("Báo cáo"), 1, 600);
        byte[] marked = copies.watermarkImage(plain, MARK);
        var before = ImageIO.read(new ByteArrayInputStream(plain));
        var after = ImageIO.read(new ByteArrayInputStream(marked));
        assertThat(after.getWidth()).isEqualTo(600);
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        int changed = 0;
        for (int y = 0; y < after.getHeight(); y += 2) {
            for (int x = 0; x < after.getWidth(); x += 2) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertThat(changed).as("pixels the watermark changed").isGreaterThan(1_000);
    }

    @Test
    void pagesAreRenderedAtTheAskedWidthAndAMissingPageIsSaidSo() throws Exception {
        PdfBoxPageRenderer renderer = new PdfBoxPageRenderer(limits);
        var image = ImageIO.read(new ByteArrayInputStream(renderer.png(TestPdfs.text("1", "2"), 2, 400)));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isBetween(565, 567);
        try {
            renderer.png(TestPdfs.text("1"), 2, 400);
            throw new AssertionError("a page that does not exist was rendered");
        } catch (UnreadablePdf e) {
            assertThat(e.problem()).isEqualTo(PdfProblem.NO_SUCH_PAGE);
        }
    }

    @Test
    void aPageFileHoldsThatPageAloneAndItsCopyIsWatermarked() throws Exception {
        byte[] original = TestPdfs.crossLinked();
        byte[] page = copies.page(original, 1);
        try (PDDocument document = Loader.loadPDF(page)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocument().getObjectsByType(COSName.PAGE))
                    .as("no other page travels inside the file, reached through a link, a note or a reply").hasSize(1);
            assertThat(document.getPage(0).getAnnotations()).as("the link and the reply stay, going nowhere")
                    .hasSize(2);
        }
        assertThat(text(page)).contains("Trang một có mục lục").doesNotContain("bí mật");
        byte[] copy = copies.copy(page, Optional.of(MARK));
        assertThat(text(copy)).contains("Trang một có mục lục", "Nguyễn Thị Hồng Nhung · Đại biểu số 3F2A9C1E");
    }

    @Test
    void aPageFileHasNoActiveContentAndAMissingPageIsSaidSo() throws Exception {
        assertThat(activeContent(copies.page(TestPdfs.activeContent(), 1))).isEmpty();
        for (int missing : new int[] {0, 4}) {
            try {
                copies.page(TestPdfs.text("1", "2", "3"), missing);
                throw new AssertionError("page " + missing + " of three was made");
            } catch (UnreadablePdf e) {
                assertThat(e.problem()).isEqualTo(PdfProblem.NO_SUCH_PAGE);
            }
        }
        try {
            copies.page(TestPdfs.lyingPageCount(), 1);
            throw new AssertionError("a page tree that lies about its count was believed");
        } catch (UnreadablePdf e) {
            assertThat(e.problem()).isIn(PdfProblem.TOO_MANY_PAGES, PdfProblem.CORRUPT);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The names of additional actions, document scripts and forbidden actions found anywhere in the file. */
    private static List<String> activeContent(byte[] pdf) throws Exception {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<COSBase> pending = new ArrayDeque<>(List.of(document.getDocument().getTrailer()));
            while (!pending.isEmpty()) {
                COSBase next = pending.pop();
                COSBase object = next instanceof COSObject reference ? reference.getObject() : next;
                if (object == null || !seen.add(object)) {
                    continue;
                }
                if (object instanceof COSDictionary dictionary) {
                    if (dictionary.containsKey(COSName.AA)) {
                        found.add("AA");
                    }
                    if (dictionary.containsKey(COSName.JAVA_SCRIPT) || dictionary.containsKey(COSName.JS)) {
                        found.add("JavaScript");
                    }
                    COSName type = dictionary.getCOSName(COSName.S);
                    if (type != null && ActiveContent.FORBIDDEN_ACTIONS.contains(type.getName())) {
                        found.add(type.getName());
                    }
                    pending.addAll(dictionary.getValues());
                } else if (object instanceof COSArray array) {
                    array.forEach(pending::add);
                }
            }
        }
        return found;
    }
}
