package vn.hopso.documents.pdf;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import vn.hopso.documents.domain.Passage;

/**
 * Where a passage stands on its page: the page's text is extracted again, each character with its place, folded as
 * a {@link Passage} is (each run of whitespace as one space), and the passage is looked for in it, at the occurrence
 * nearest where it was found when the page was indexed. The answer is one rectangle per line the passage runs over,
 * in the page's own coordinates; none when the passage is not found (text that only a different extraction would
 * give) or the page is turned.
 */
final class PassageAreas extends PDFTextStripper {

    private final StringBuilder text = new StringBuilder();
    private final List<@Nullable TextPosition> places = new ArrayList<>();

    private PassageAreas() {
    }

    static List<PDRectangle> of(PDDocument document, Passage passage) throws IOException {
        PDPage page = document.getPage(passage.page() - 1);
        if (page.getRotation() % 360 != 0) {
            return List.of();
        }
        PassageAreas stripper = new PassageAreas();
        stripper.setStartPage(passage.page());
        stripper.setEndPage(passage.page());
        stripper.writeText(document, Writer.nullWriter());
        return stripper.areas(passage, page.getCropBox());
    }

    @Override
    protected void writeString(String chunk, List<TextPosition> positions) {
        String composed = Normalizer.normalize(chunk, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); i++) {
            TextPosition place = positions.isEmpty() ? null
                    : positions.get(Math.min(positions.size() - 1, i * positions.size() / composed.length()));
            append(composed.charAt(i), place);
        }
    }

    @Override
    protected void writeWordSeparator() {
        append(' ', null);
    }

    @Override
    protected void writeLineSeparator() {
        append(' ', null);
    }

    /** Folds as it goes: a run of whitespace becomes one space, and none leads. */
    private void append(char c, @Nullable TextPosition place) {
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\0';
        if (space) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
                places.add(null);
            }
            return;
        }
        text.append(c);
        places.add(place);
    }

    private List<PDRectangle> areas(Passage passage, PDRectangle crop) {
        String wanted = passage.quote();
        int best = -1;
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            if (best < 0 || Math.abs(at - passage.start()) < Math.abs(best - passage.start())) {
                best = at;
            }
        }
        if (best < 0) {
            return List.of();
        }
        List<PDRectangle> lines = new ArrayList<>();
        Line line = null;
        for (int i = best; i < best + wanted.length(); i++) {
            TextPosition place = places.get(i);
            if (place == null) {
                continue;
            }
            if (line != null && !line.holds(place)) {
                lines.add(line.area(crop));
                line = null;
            }
            line = line == null ? new Line(place) : line.with(place);
        }
        if (line != null) {
            lines.add(line.area(crop));
        }
        return lines;
    }

    /** Characters on one baseline, measured from the top left of the page as the stripper gives them. */
    private record Line(float left, float right, float baseline, float size) {

        Line(TextPosition place) {
            this(place.getXDirAdj(), place.getXDirAdj() + place.getWidthDirAdj(), place.getYDirAdj(),
                    Math.max(place.getFontSizeInPt(), 1f));
        }

        boolean holds(TextPosition place) {
            return Math.abs(place.getYDirAdj() - baseline) < size / 2;
        }

        Line with(TextPosition place) {
            return new Line(Math.min(left, place.getXDirAdj()),
                    Math.max(right, place.getXDirAdj() + place.getWidthDirAdj()), baseline,
                    Math.max(size, place.getFontSizeInPt()));
        }

        /** From the top-left measure to the page's coordinates, covering the line from above its capitals to below. */
        PDRectangle area(PDRectangle crop) {
            float top = crop.getUpperRightY() - (baseline - size * 0.9f);
            float bottom = crop.getUpperRightY() - (baseline + size * 0.25f);
            return new PDRectangle(crop.getLowerLeftX() + left, bottom, right - left, top - bottom);
        }
    }
}
