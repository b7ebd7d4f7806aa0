package vn.hopso.meeting.ballot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.print.PrintedPdf;
import vn.hopso.voting.domain.Electorate;

/** The sheet as a PDF, read back the way a reader's software reads it: by extracting its text. */
class ResultSheetPdfTest {

    private final ResultSheetPdf pdf = new ResultSheetPdf(new PrintedPdf());

    @Test
    void theVietnameseTextAndTheFiguresComeBackOutOfThePdf() throws IOException {
        byte[] file = pdf.render(ResultSheet.of(CountedPolls.PLACE,
                CountedPolls.motionResult("Nghị quyết dự toán ngân sách năm 2027", new Electorate(58, 53), 49, 2, 1)));

        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = text(document);
            assertThat(text).contains("HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "ngày 02 tháng 12 năm 2026", "BIÊN BẢN KẾT QUẢ BIỂU QUYẾT",
                    "Phiếu biểu quyết: Nghị quyết dự toán ngân sách năm 2027", "Tổng số đại biểu: 58",
                    "Số đại biểu có mặt, được biểu quyết: 53", "Tán thành 49 84,48% 92,45%",
                    "Không tán thành 2 3,45% 3,77%", "Không tham gia biểu quyết 1 1,72% 1,89%",
                    "Ngưỡng thông qua: Quá 1/2 tổng số đại biểu (58): cần 30 phiếu", "KẾT QUẢ: THÔNG QUA",
                    "CHỦ TỌA", "THƯ KÝ", "(Ký, ghi rõ họ tên)");
            for (PDFont font : fonts(document)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSerif");
            }
        }
    }

    @Test
    void aRatingOfManyPeopleRunsOnNumberedPagesWithTheSignaturesTogether() throws IOException {
        List<String> people = IntStream.rangeClosed(1, 24).mapToObj(i -> "Phó Chủ tịch Ủy ban số " + i).toList();
        byte[] file = pdf.render(ResultSheet.of(CountedPolls.PLACE, CountedPolls.ratingResult(new Electorate(58, 56), 56,
                people, IntStream.rangeClosed(1, 24).map(i -> i * 2).toArray())));

        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = text(document);
            assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU", "Phó Chủ tịch Ủy ban số 24", "Kết quả: Đề nghị miễn nhiệm");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setSortByPosition(true);
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            assertThat(lastPage.getText(document)).as("the signatures are not split")
                    .contains("CHỦ TỌA", "THƯ KÝ", "(Ký, ghi rõ họ tên)")
                    .startsWith(Integer.toString(document.getNumberOfPages()));
        }
    }

    @Test
    void whatTheFontCannotDrawInATitleBecomesAQuestionMarkAndNeverStopsTheSheet() throws IOException {
        byte[] file = pdf.render(ResultSheet.of(CountedPolls.PLACE, CountedPolls.motionResult(
                "Nghị quyết 🗳 về\nđầu tư công " + "rất dài ".repeat(30), new Electorate(5, 4), 3, 1, 0)));

        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(text(document)).contains("Nghị quyết ? về đầu tư công rất dài");
        }
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new java.util.ArrayList<>();
        for (var page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty();
        return fonts;
    }
}
