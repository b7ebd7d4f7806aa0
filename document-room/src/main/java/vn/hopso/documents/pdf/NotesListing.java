package vn.hopso.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.hopso.documents.domain.Annotation;
import vn.hopso.documents.domain.NotesPage;

/**
 * The pages after a reader's annotated copy that list their annotations: the heading, then for each annotation its
 * page, the passage in quotation marks and the note, wrapped to the width of an A4 page and continued on as many
 * pages as it takes. Characters the font cannot draw are shown as "?", never refused.
 */
final class NotesListing {

    private static final float MARGIN = 56f;
    private static final float HEADING = 14f;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.4f;

    private final PDDocument document;
    private final PDType0Font font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    private NotesListing(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    static void append(PDDocument document, PDType0Font font, NotesPage notes) throws IOException {
        NotesListing listing = new NotesListing(document, font);
        try {
            listing.newPage();
            listing.paragraph(notes.heading(), HEADING);
            listing.y -= BODY;
            for (Annotation annotation : notes.annotations()) {
                listing.paragraph("Trang " + annotation.passage().page() + ": “" + annotation.passage().quote()
                        + "”", BODY);
                if (annotation.hasNote()) {
                    listing.paragraph("Ghi chú: " + annotation.note(), BODY);
                }
                listing.y -= BODY * 0.6f;
            }
        } finally {
            listing.content.close();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void paragraph(String text, float size) throws IOException {
        for (String line : wrapped(drawable(text), size)) {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(line);
            content.endText();
        }
    }

    /** The text with each character the font has no glyph for (and each control character) replaced by "?". */
    private String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c) && drawable(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean drawable(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Words onto lines no wider than the page allows; a word too long for a line alone is cut. */
    private List<String> wrapped(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measure(rest, size) > width) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && measure(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size)
                        <= width) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float measure(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }
}
