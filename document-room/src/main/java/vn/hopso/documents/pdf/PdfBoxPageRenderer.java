package vn.hopso.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.hopso.documents.domain.PageRenderer;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;

/** Page images with PDFBox, inside the {@link PdfLimits}: one page, at most {@code maxImageWidth} pixels wide. */
public final class PdfBoxPageRenderer implements PageRenderer {

    private final PdfLimits limits;
    private final PdfFiles files;
    private final Guarded guarded;

    public PdfBoxPageRenderer(PdfLimits limits) {
        this.limits = limits;
        this.files = new PdfFiles(limits);
        this.guarded = new Guarded(limits);
    }

    @Override
    public byte[] png(byte[] pdf, int number, int width) throws UnreadablePdf {
        files.check(pdf);
        int pixels = Math.clamp(width, 16, limits.maxImageWidth());
        return guarded.run("pdf-render", progress -> {
            try (PDDocument document = files.open(pdf, progress); PDDocument single = new PDDocument()) {
                List<PDPage> pages = files.pages(document);
                if (number < 1 || number > pages.size()) {
                    throw new UnreadablePdf(PdfProblem.NO_SUCH_PAGE);
                }
                // Rendered from a one-page tree, so no /Count on the way to it is believed.
                PDPage page = pages.get(number - 1);
                single.addPage(page);
                float shownWidth = page.getRotation() % 180 != 0 ? page.getCropBox().getHeight()
                        : page.getCropBox().getWidth();
                float scale = pixels / Math.max(1f, shownWidth);
                float shownHeight = page.getRotation() % 180 != 0 ? page.getCropBox().getWidth()
                        : page.getCropBox().getHeight();
                scale = Math.min(scale, 4f * limits.maxImageWidth() / Math.max(1f, shownHeight));
                BufferedImage image = new PDFRenderer(single).renderImage(0, scale, ImageType.RGB);
                progress.pageDone();
                return png(image);
            }
        });
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
