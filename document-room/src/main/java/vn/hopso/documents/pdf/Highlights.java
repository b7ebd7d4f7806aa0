package vn.hopso.documents.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import vn.hopso.documents.domain.Annotation;
import vn.hopso.documents.domain.NotesPage;

/**
 * A reader's annotations as PDF highlight annotations on the pages of their copy, in their colours, each with its
 * note as its text and a drawn appearance so that every viewer and printer shows it. An annotation whose passage is
 * not found where the copy's text is (or whose page the copy does not have) is left to the listing.
 */
final class Highlights {

    private static final float OPACITY = 0.45f;

    private Highlights() {
    }

    static void add(PDDocument document, int pages, NotesPage notes) throws IOException {
        for (Annotation annotation : notes.annotations()) {
            if (annotation.passage().page() > pages) {
                continue;
            }
            List<PDRectangle> areas = PassageAreas.of(document, annotation.passage());
            if (!areas.isEmpty()) {
                PDPage page = document.getPage(annotation.passage().page() - 1);
                page.getAnnotations().add(highlight(document, annotation, areas));
            }
        }
    }

    private static PDAnnotationHighlight highlight(PDDocument document, Annotation annotation,
            List<PDRectangle> areas) {
        PDAnnotationHighlight highlight = new PDAnnotationHighlight();
        float[] quads = new float[areas.size() * 8];
        float left = Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = -Float.MAX_VALUE;
        for (int i = 0; i < areas.size(); i++) {
            PDRectangle area = areas.get(i);
            float x1 = area.getLowerLeftX();
            float y1 = area.getLowerLeftY();
            float x2 = area.getUpperRightX();
            float y2 = area.getUpperRightY();
            System.arraycopy(new float[] {x1, y2, x2, y2, x1, y1, x2, y1}, 0, quads, i * 8, 8);
            left = Math.min(left, x1);
            bottom = Math.min(bottom, y1);
            right = Math.max(right, x2);
            top = Math.max(top, y2);
        }
        highlight.setQuadPoints(quads);
        highlight.setRectangle(new PDRectangle(left, bottom, right - left, top - bottom));
        highlight.setColor(new PDColor(annotation.colour().rgb(), PDDeviceRGB.INSTANCE));
        highlight.setConstantOpacity(OPACITY);
        highlight.setPrinted(true);
        if (annotation.hasNote()) {
            highlight.setContents(annotation.note());
        }
        highlight.constructAppearances(document);
        return highlight;
    }
}
