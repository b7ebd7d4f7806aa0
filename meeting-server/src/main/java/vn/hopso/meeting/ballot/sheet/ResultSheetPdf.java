package vn.hopso.meeting.ballot.sheet;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.print.PdfPageWriter;
import vn.hopso.meeting.print.PdfPageWriter.Align;
import vn.hopso.meeting.print.PrintedPdf;

/** Draws a {@link ResultSheet} as a PDF ({@link PrintedPdf}: A4, DejaVu Serif embedded). */
@Component
class ResultSheetPdf {

    private static final float[] COLUMNS = {PdfPageWriter.LEFT, PdfPageWriter.LEFT + 190, PdfPageWriter.LEFT + 255,
        PdfPageWriter.LEFT + 355};
    private static final float[] WIDTHS = {185, 60, 95, PdfPageWriter.WIDTH - 355};
    private static final Align[] ALIGNS = {Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT};
    private static final List<String> HEADER = List.of("Lựa chọn", "Số phiếu", "Tỷ lệ/tổng số", "Tỷ lệ/có mặt");

    private final PrintedPdf printed;

    ResultSheetPdf(PrintedPdf printed) {
        this.printed = printed;
    }

    byte[] render(ResultSheet sheet) {
        return printed.render(sheet.heading(), page -> {
            letterhead(page, sheet);
            facts(page, sheet);
            for (ResultSheet.Table table : sheet.tables()) {
                table(page, table);
            }
            conclusion(page, sheet);
            signatures(page, sheet.signatories());
        });
    }

    /** The issuer at the left, the national motto at the right with the date under it, then the title. */
    private static void letterhead(PdfPageWriter page, ResultSheet sheet) throws IOException {
        float issuer = PdfPageWriter.WIDTH * 0.38f;
        float motto = PdfPageWriter.WIDTH - issuer;
        float right = PdfPageWriter.LEFT + issuer;
        float top = page.position();
        page.paragraph(sheet.issuer(), page.bold(), 12, Align.CENTRE, PdfPageWriter.LEFT, issuer);
        float belowIssuer = page.position();
        page.moveTo(top);
        page.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page.bold(), 11, Align.CENTRE, right, motto);
        page.paragraph("Độc lập - Tự do - Hạnh phúc", page.bold(), 12, Align.CENTRE, right, motto);
        page.space(6);
        page.paragraph(sheet.date(), page.regular(), 12, Align.CENTRE, right, motto);
        page.moveTo(Math.min(belowIssuer, page.position()));
        page.space(18);
        page.paragraph(sheet.heading(), page.bold(), 14, Align.CENTRE);
        page.space(10);
    }

    private static void facts(PdfPageWriter page, ResultSheet sheet) throws IOException {
        for (ResultSheet.Fact fact : sheet.facts()) {
            page.paragraph(fact.label() + ": " + fact.value(), page.regular(), PdfPageWriter.TEXT, Align.LEFT);
        }
        page.space(8);
    }

    private static void table(PdfPageWriter page, ResultSheet.Table table) throws IOException {
        page.room(PdfPageWriter.lineHeight(PdfPageWriter.TEXT) * (table.rows().size() + 3));
        if (table.person() != null) {
            page.paragraph(table.person(), page.bold(), PdfPageWriter.TEXT, Align.LEFT);
        }
        page.cells(HEADER, page.bold(), 11, COLUMNS, WIDTHS, ALIGNS);
        page.rule(PdfPageWriter.LEFT, PdfPageWriter.WIDTH);
        for (ResultSheet.Row row : table.rows()) {
            page.cells(List.of(row.label(), Integer.toString(row.count()), row.percentOfTotal(), row.percentOfPresent()),
                    page.regular(), PdfPageWriter.TEXT, COLUMNS, WIDTHS, ALIGNS);
        }
        if (table.outcome() != null) {
            page.paragraph("Kết quả: " + table.outcome(), page.bold(), PdfPageWriter.TEXT, Align.LEFT);
        }
        page.space(8);
    }

    private static void conclusion(PdfPageWriter page, ResultSheet sheet) throws IOException {
        for (String threshold : sheet.thresholds()) {
            page.paragraph(threshold, page.regular(), PdfPageWriter.TEXT, Align.LEFT);
        }
        if (sheet.outcome() != null) {
            page.space(6);
            page.paragraph("KẾT QUẢ: " + sheet.outcome().toUpperCase(Locale.forLanguageTag("vi")),
                    page.bold(), 14, Align.CENTRE);
        }
        page.space(16);
    }

    /** Each signatory's title over "(Ký, ghi rõ họ tên)" and room to sign, side by side, never split across pages. */
    private static void signatures(PdfPageWriter page, List<String> signatories) throws IOException {
        float column = PdfPageWriter.WIDTH / signatories.size();
        page.room(PdfPageWriter.lineHeight(PdfPageWriter.TEXT) * 2 + 80);
        float[] starts = new float[signatories.size()];
        float[] widths = new float[signatories.size()];
        Align[] aligns = new Align[signatories.size()];
        for (int i = 0; i < signatories.size(); i++) {
            starts[i] = PdfPageWriter.LEFT + i * column;
            widths[i] = column;
            aligns[i] = Align.CENTRE;
        }
        page.cells(signatories, page.bold(), PdfPageWriter.TEXT, starts, widths, aligns);
        page.cells(signatories.stream().map(s -> "(Ký, ghi rõ họ tên)").toList(), page.regular(), 12, starts, widths,
                aligns);
        page.space(80);
    }
}
