package vn.hopso.meeting.document;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Comment;
import vn.hopso.documents.domain.CommentReport;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.print.PdfPageWriter;
import vn.hopso.meeting.print.PdfPageWriter.Align;
import vn.hopso.meeting.print.PrintedPdf;

/**
 * Bản tổng hợp ý kiến: a document's comments as a PDF, grouped by passage in page order, each with its author, the
 * time it was sent (in the council's zone), its text, its state and the answer.
 */
@Component
class CommentReportPdf {

    static final String HEADING = "BẢN TỔNG HỢP Ý KIẾN GÓP Ý";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final PrintedPdf printed;
    private final ZoneId zone;

    CommentReportPdf(PrintedPdf printed, HopsoProperties properties) {
        this.printed = printed;
        this.zone = properties.documents().zone();
    }

    /** What the report is about: the council, the document and when the report was made. */
    record Heading(String council, String title, int version, Instant madeAt) {
    }

    byte[] render(Heading heading, List<CommentStore.Named> comments) {
        Map<UUID, CommentStore.Named> byId = comments.stream()
                .collect(Collectors.toMap(named -> named.comment().id(), Function.identity()));
        List<CommentReport.Group> groups = CommentReport.grouped(comments.stream().map(CommentStore.Named::comment)
                .toList());
        return printed.render(HEADING + " - " + heading.title(), page -> {
            page.paragraph(heading.council().toUpperCase(Locale.forLanguageTag("vi")), page.bold(), 12,
                    Align.CENTRE);
            page.space(12);
            page.paragraph(HEADING, page.bold(), 14, Align.CENTRE);
            page.paragraph("Tài liệu: " + heading.title() + " (phiên bản " + heading.version() + ")", page.regular(),
                    PdfPageWriter.TEXT, Align.CENTRE);
            page.space(8);
            page.paragraph("Số ý kiến: " + comments.size() + ". Lập lúc " + time(heading.madeAt()) + ".",
                    page.regular(), PdfPageWriter.TEXT, Align.LEFT);
            page.space(8);
            if (groups.isEmpty()) {
                page.paragraph("Chưa có ý kiến góp ý về tài liệu này.", page.regular(), PdfPageWriter.TEXT, Align.LEFT);
            }
            int number = 0;
            for (CommentReport.Group group : groups) {
                passage(page, group);
                for (Comment comment : group.comments()) {
                    comment(page, ++number, byId.get(comment.id()));
                }
            }
        });
    }

    private static void passage(PdfPageWriter page, CommentReport.Group group) throws IOException {
        page.room(PdfPageWriter.lineHeight(PdfPageWriter.TEXT) * 4);
        page.space(6);
        page.paragraph("Trang " + group.passage().page() + ": “" + group.passage().quote() + "”", page.bold(),
                PdfPageWriter.TEXT, Align.LEFT);
        page.rule(PdfPageWriter.LEFT, PdfPageWriter.WIDTH);
        page.space(4);
    }

    private void comment(PdfPageWriter page, int number, CommentStore.Named named) throws IOException {
        Comment comment = named.comment();
        float indent = PdfPageWriter.LEFT + 14;
        float width = PdfPageWriter.WIDTH - 14;
        page.room(PdfPageWriter.lineHeight(PdfPageWriter.TEXT) * 3);
        page.paragraph(number + ". " + named.authorName() + ", " + time(comment.sentAt())
                + (comment.visibleToAll() ? " (công khai với đại biểu)" : ""), page.bold(), 12, Align.LEFT);
        lines(page, comment.text(), indent, width);
        String state = "Trạng thái: " + comment.state().label();
        if (comment.answeredAt() != null) {
            state += " (" + (named.answeredByName() == null ? "" : named.answeredByName() + ", ")
                    + time(comment.answeredAt()) + ")";
        }
        page.paragraph(state, page.regular(), 12, Align.LEFT, indent, width);
        if (comment.answer() != null) {
            page.paragraph("Trả lời:", page.bold(), 12, Align.LEFT, indent, width);
            lines(page, comment.answer(), indent, width);
        }
        page.space(6);
    }

    private static void lines(PdfPageWriter page, String text, float x, float width) throws IOException {
        for (String line : text.split("\n")) {
            page.paragraph(line, page.regular(), PdfPageWriter.TEXT, Align.LEFT, x, width);
        }
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }
}
