package vn.hopso.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.domain.Annotation;
import vn.hopso.documents.domain.HighlightColour;
import vn.hopso.documents.domain.NotesPage;
import vn.hopso.documents.domain.Passage;
import vn.hopso.documents.domain.Watermark;
import vn.hopso.documents.testing.TestPdfs;

/**
 * "My annotated copy": the reader's highlights on the passages where they stand, their notes as the highlights' text
 * and listed after the last page, the watermark on every page, the listing included.
 */
class AnnotatedCopyTest {

    private static final Watermark MARK = new Watermark("Nguyễn Thị Hồng Nhung", "3F2A9C1E",
            ZonedDateTime.of(2026, 12, 8, 14, 5, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")));
    private static final String PAGE_ONE = "Dự thảo Nghị quyết về mức thu phí tham quan";
    private static final String PAGE_TWO = "Điều 1. Mức thu phí là 50.000 đồng mỗi lượt khách";

    private final PdfBoxServedCopies copies = new PdfBoxServedCopies(PdfLimits.defaults());
    private final byte[] original = TestPdfs.text(PAGE_ONE, PAGE_TWO);

    @Test
    void eachPassageIsHighlightedWhereItStandsInItsColourWithItsNote() throws Exception {
        Annotation fee = annotation(2, PAGE_TWO.indexOf("50.000"), "50.000 đồng", HighlightColour.PINK,
                "Hỏi lại mức thu năm 2025");
        Annotation title = annotation(1, 0, "Dự thảo Nghị quyết", HighlightColour.YELLOW, "");
        byte[] copy = copies.annotatedCopy(original, Optional.of(MARK), new NotesPage("Ghi chú của tôi",
                List.of(title, fee)), true);

        try (PDDocument document = Loader.loadPDF(copy)) {
            PDAnnotationHighlight onTwo = onlyHighlight(document, 2);
            assertThat(onTwo.getContents()).isEqualTo("Hỏi lại mức thu năm 2025");
            assertThat(onTwo.getColor().getComponents()).containsExactly(HighlightColour.PINK.rgb());
            assertThat(onTwo.getAppearance()).as("drawn, so every viewer and printer shows it").isNotNull();
            float[] quad = onTwo.getQuadPoints();
            assertThat(quad).as("one line: one quadrilateral").hasSize(8);
            float start = 60 + width("Điều 1. Mức thu phí là ");
            assertThat(quad[0]).as("left").isBetween(start - 1, start + 1);
            assertThat(quad[2]).as("right").isBetween(start + width("50.000 đồng") - 1,
                    start + width("50.000 đồng") + 1);
            assertThat(quad[5]).as("bottom, below the line drawn at 760").isBetween(750f, 760f);
            assertThat(quad[1]).as("top").isBetween(770f, 780f);
            PDRectangle area = onTwo.getRectangle();
            assertThat(area.contains(start + 1, 765)).as("the annotation's box holds its passage").isTrue();
            assertThat(onlyHighlight(document, 1).getContents()).as("a highlight alone has no text").isNull();
        }
    }

    @Test
    void theNotesAreListedAfterTheLastPageAndEveryPageCarriesTheWatermark() throws Exception {
        byte[] copy = copies.annotatedCopy(original, Optional.of(MARK), new NotesPage(
                "Ghi chú của Nguyễn Thị Hồng Nhung — Dự thảo Nghị quyết",
                List.of(annotation(2, 9, "Mức thu phí", HighlightColour.GREEN, "Đề nghị giảm 🙂 còn 30.000"))), false);

        try (PDDocument document = Loader.loadPDF(copy)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(document.getCurrentAccessPermission().canPrint()).as("a document that may not be printed")
                    .isFalse();
            String listing = pageText(document, 3);
            assertThat(listing).contains("Ghi chú của Nguyễn Thị Hồng Nhung — Dự thảo Nghị quyết",
                    "Trang 2: “Mức thu phí”", "Ghi chú: Đề nghị giảm ? còn 30.000");
            for (int page = 1; page <= 3; page++) {
                assertThat(pageText(document, page)).as("page %d", page)
                        .contains("Nguyễn Thị Hồng Nhung · Đại biểu số 3F2A9C1E · 08/12/2026 14:05");
            }
        }
    }

    @Test
    void aPassageNotFoundInTheCopyIsOnlyListedAndALongNoteRunsOnToMorePages() throws Exception {
        String longNote = "Ý kiến dài ".repeat(Annotation.MAX_NOTE / 11);
        List<Annotation> many = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(annotation(1, 0, "Dự thảo", HighlightColour.BLUE, longNote));
        }
        many.add(annotation(2, 0, "không có trên trang", HighlightColour.BLUE, "lạc chỗ"));
        many.add(annotation(9, 0, "trang không có", HighlightColour.BLUE, "trang thứ chín"));
        byte[] copy = copies.annotatedCopy(original, Optional.empty(), new NotesPage("Ghi chú", many), true);

        try (PDDocument document = Loader.loadPDF(copy)) {
            assertThat(document.getPage(1).getAnnotations()).isEmpty();
            assertThat(document.getPage(0).getAnnotations()).hasSize(8);
            assertThat(document.getNumberOfPages()).as("the listing continues over pages").isGreaterThan(3);
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("lạc chỗ", "Trang 9: “trang không có”", "Ghi chú: trang thứ chín");
        }
    }

    private static PDAnnotationHighlight onlyHighlight(PDDocument document, int page) throws Exception {
        List<PDAnnotation> annotations = document.getPage(page - 1).getAnnotations();
        assertThat(annotations).hasSize(1);
        return (PDAnnotationHighlight) annotations.getFirst();
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static float width(String text) throws Exception {
        try (PDDocument scratch = new PDDocument()) {
            return org.apache.pdfbox.pdmodel.font.PDType0Font.load(scratch, PdfLimits.DEJAVU_SANS.toFile())
                    .getStringWidth(text) / 1000f * 14;
        }
    }

    private static Annotation annotation(int page, int start, String quote, HighlightColour colour, String note) {
        return Annotation.made(UUID.randomUUID(), UUID.randomUUID(), 1, new Passage(page, start, quote),
                UUID.randomUUID(), colour, note, Instant.parse("2026-12-08T07:00:00Z"));
    }
}
