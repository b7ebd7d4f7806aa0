package vn.hopso.meeting.print;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lines of text down A4 pages, wrapped at word boundaries and continued on a new page when one is full. Margins and
 * sizes follow Decree 30/2020/NĐ-CP for administrative documents: 30 mm left, 20 mm right, top and bottom, text at
 * 13 pt, page numbers centred at the top from the second page on.
 */
public final class PdfPageWriter implements AutoCloseable {

    public static final float LEFT = mm(30);
    public static final float RIGHT = PDRectangle.A4.getWidth() - mm(20);
    public static final float WIDTH = RIGHT - LEFT;
    public static final float TEXT = 13;

    private static final float TOP = PDRectangle.A4.getHeight() - mm(20);
    private static final float BOTTOM = mm(20);

    public enum Align { LEFT, CENTRE, RIGHT }

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    public PdfPageWriter(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    /** A paragraph across the whole width. */
    public void paragraph(String text, PDType0Font font, float size, Align align) throws IOException {
        paragraph(text, font, size, align, LEFT, WIDTH);
    }

    /** A paragraph in a column starting at {@code x}, {@code width} wide. */
    public void paragraph(String text, PDType0Font font, float size, Align align, float x, float width) throws IOException {
        for (String line : wrap(printable(text, font), font, size, width)) {
            room(lineHeight(size));
            y -= lineHeight(size);
            show(line, font, size, align, x, width);
        }
    }

    /**
     * One line of cells side by side, each in its column ({@code starts[i]}, {@code widths[i]}) and aligned as given;
     * a cell too wide for its column is cut to fit.
     */
    public void cells(List<String> texts, PDType0Font font, float size, float[] starts, float[] widths, Align[] aligns)
            throws IOException {
        room(lineHeight(size));
        y -= lineHeight(size);
        for (int i = 0; i < texts.size(); i++) {
            List<String> wrapped = wrap(printable(texts.get(i), font), font, size, widths[i]);
            show(wrapped.isEmpty() ? "" : wrapped.getFirst(), font, size, aligns[i], starts[i], widths[i]);
        }
    }

    /** Where the next line goes, from the bottom of the page: to draw a second column beside the first. */
    public float position() {
        return y;
    }

    /** Goes back up the same page to {@code position}, say to the top of a column already drawn. */
    public void moveTo(float position) {
        y = position;
    }

    /** Blank space, at most to the bottom of the page. */
    public void space(float points) {
        y = Math.max(BOTTOM, y - points);
    }

    /** Makes sure {@code points} fit on this page, starting a new one if not (a signature block is not split). */
    public void room(float points) throws IOException {
        if (y - points < BOTTOM) {
            newPage();
        }
    }

    /** A horizontal rule across the given column. */
    public void rule(float x, float width) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(x, y - 3);
        content.lineTo(x + width, y - 3);
        content.stroke();
        y -= 3;
    }

    public static float lineHeight(float size) {
        return size * 1.35f;
    }

    @Override
    public void close() throws IOException {
        content.close();
        for (int number = 2; number <= pages.size(); number++) {
            try (PDPageContentStream header = new PDPageContentStream(document, pages.get(number - 1),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = Integer.toString(number);
                header.beginText();
                header.setFont(regular, TEXT);
                header.newLineAtOffset(LEFT + (WIDTH - width(text, regular, TEXT)) / 2, TOP + mm(8));
                header.showText(text);
                header.endText();
            }
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    private void show(String line, PDType0Font font, float size, Align align, float x, float width) throws IOException {
        float lineWidth = width(line, font, size);
        float at = switch (align) {
            case LEFT -> x;
            case CENTRE -> x + (width - lineWidth) / 2;
            case RIGHT -> x + width - lineWidth;
        };
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(at, y + size * 0.3f);
        content.showText(line);
        content.endText();
    }

    /** Words into lines no wider than {@code width}; a word wider than a line on its own is cut where it must be. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
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

    /**
     * The text as the font can draw it: composed (NFC, so each Vietnamese letter is one glyph), line breaks and other
     * control characters as spaces, and any character the font lacks (an emoji in a title) as "?", so that what a
     * user typed can never stop the sheet from being made.
     */
    static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(point -> {
            if (Character.isISOControl(point) || Character.isWhitespace(point)) {
                out.append(' ');
            } else if (drawable(point, font)) {
                out.appendCodePoint(point);
            } else {
                out.append('?');
            }
        });
        return out.toString().strip();
    }

    private static boolean drawable(int point, PDType0Font font) {
        return font.getCmapLookup().getGlyphId(point) != 0;
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static float mm(float millimetres) {
        return millimetres / 25.4f * 72;
    }
}
