package vn.hopso.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.hopso.documents.pdf.PdfLimits;

/**
 * The papers the document benchmarks upload, made in the benchmark so that no file comes from outside: a text PDF as
 * a tờ trình is (A4 pages full of Vietnamese text in an embedded font) and a Word document with a page break after
 * each page. Each carries a stamp in its text, so that every upload is a file the server has never seen.
 */
final class BenchDocuments {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Lines of body text on a page: an A4 page at 11 pt, as full as a submission's pages are. */
    private static final int LINES_PER_PAGE = 46;
    private static final String[] SENTENCES = {
        "Căn cứ Luật Tổ chức chính quyền địa phương, Hội đồng nhân dân tỉnh xem xét dự toán ngân sách năm 2026.",
        "Ủy ban nhân dân tỉnh trình Hội đồng nhân dân phân bổ vốn đầu tư công cho các huyện, thị xã và thành phố.",
        "Ban Kinh tế - Ngân sách đã thẩm tra và đề nghị điều chỉnh một số khoản chi thường xuyên của các sở, ngành.",
        "Đại biểu đề nghị làm rõ nguồn vốn đối ứng cho dự án đường liên xã, cầu qua sông và trường học vùng cao.",
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 12.450 tỷ đồng, tăng 8,5% so với cùng kỳ năm trước.",
        "Chi đầu tư phát triển được ưu tiên cho giao thông, thủy lợi, y tế cơ sở và chuyển đổi số trong cơ quan nhà nước.",
    };

    private BenchDocuments() {
    }

    /** A text PDF of {@code pages} A4 pages, each a heading and {@value #LINES_PER_PAGE} lines of text. */
    static byte[] textPdf(int pages, String stamp) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, PdfLimits.DEJAVU_SANS.toFile());
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(56, 790);
                    content.showText("Tờ trình số " + stamp + " — trang " + number + " / " + pages);
                    content.setFont(font, 9.5f);
                    content.setLeading(15.5f);
                    content.newLine();
                    content.newLine();
                    for (int line = 0; line < LINES_PER_PAGE; line++) {
                        content.showText(SENTENCES[(number + line) % SENTENCES.length]);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark's PDF could not be made", e);
        }
    }

    /**
     * A .docx of {@code pages} pages, written member by member: a heading and a dozen paragraphs per page (well
     * within one page), and an explicit page break between pages, so that LibreOffice makes exactly that many.
     */
    static byte[] docx(int pages, String stamp) {
        StringBuilder body = new StringBuilder();
        for (int number = 1; number <= pages; number++) {
            if (number > 1) {
                body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }
            body.append(paragraph("<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr>",
                    "Báo cáo thẩm tra " + stamp + " — trang " + number));
            for (int p = 0; p < 12; p++) {
                body.append(paragraph("", SENTENCES[(number + p) % SENTENCES.length]));
            }
        }
        Map<String, String> members = new LinkedHashMap<>();
        members.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                </Types>""");
        members.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/></Relationships>""");
        members.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
        return zip(members);
    }

    private static String paragraph(String runProperties, String text) {
        return "<w:p><w:r>" + runProperties + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static byte[] zip(Map<String, String> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
