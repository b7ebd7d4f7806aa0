package vn.hopso.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.hopso.documents.domain.ContentSniffer;
import vn.hopso.documents.domain.ContentType;
import vn.hopso.documents.domain.ImageConverter;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * An image on an A4 page of its own (turned to landscape for a wide image), fitted within the margins. The image's
 * size is read from its header before a pixel is decoded, so a small file claiming a vast image (a decompression
 * bomb) is refused at once; the decoding then runs guarded like any PDF work. A JPEG is embedded as it is (decoded
 * once only to prove it whole) and drawn turned as its EXIF orientation says, a PNG losslessly.
 */
public final class PdfBoxImageConverter implements ImageConverter {

    private static final float MARGIN = 28f;

    private final PdfLimits limits;
    private final long maxPixels;
    private final Guarded guarded;

    /** @param maxPixels an image with more pixels (width times height) is refused */
    public PdfBoxImageConverter(PdfLimits limits, long maxPixels) {
        this.limits = limits;
        this.maxPixels = maxPixels;
        this.guarded = new Guarded(limits);
    }

    @Override
    public byte[] toPdf(byte[] image) throws UnreadablePdf {
        if (image.length == 0) {
            throw new UnreadablePdf(PdfProblem.EMPTY);
        }
        if (image.length > limits.maxFileBytes()) {
            throw new UnreadablePdf(PdfProblem.TOO_LARGE);
        }
        ContentType type = ContentSniffer.sniff(image);
        if (type != ContentType.PNG && type != ContentType.JPEG) {
            throw new UnreadablePdf(PdfProblem.UNSUPPORTED);
        }
        checkSize(image);
        try {
            return guarded.run("image-to-pdf", progress -> {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
                if (decoded == null) {
                    throw new UnreadablePdf(PdfProblem.IMAGE_CORRUPT);
                }
                try (PDDocument document = new PDDocument()) {
                    PDImageXObject embedded = type == ContentType.JPEG
                            ? JPEGFactory.createFromByteArray(document, image)
                            : LosslessFactory.createFromImage(document, decoded);
                    place(document, embedded,
                            type == ContentType.JPEG ? JpegOrientation.of(image) : JpegOrientation.UPRIGHT);
                    progress.pageDone();
                    ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + 4096);
                    document.save(out);
                    return out.toByteArray();
                }
            });
        } catch (UnreadablePdf e) {
            // Decoding a damaged image fails inside the guard as a "damaged PDF" would: say it of the image.
            throw e.problem() == PdfProblem.CORRUPT ? new UnreadablePdf(PdfProblem.IMAGE_CORRUPT, e) : e;
        }
    }

    /** Width and height from the header alone; refused when unreadable or beyond the pixel limit. */
    private void checkSize(byte[] image) throws UnreadablePdf {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new UnreadablePdf(PdfProblem.IMAGE_CORRUPT);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new UnreadablePdf(PdfProblem.IMAGE_CORRUPT);
                }
                if (width * height > maxPixels) {
                    throw new UnreadablePdf(PdfProblem.IMAGE_TOO_LARGE);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdf(PdfProblem.IMAGE_CORRUPT, e);
        }
    }

    /** On its page as it stands upright: a JPEG turned or mirrored as its EXIF orientation says. */
    private static void place(PDDocument document, PDImageXObject image, JpegOrientation orientation)
            throws IOException {
        float uprightWidth = orientation.sideways() ? image.getHeight() : image.getWidth();
        float uprightHeight = orientation.sideways() ? image.getWidth() : image.getHeight();
        boolean wide = uprightWidth > uprightHeight;
        PDRectangle a4 = wide ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        PDPage page = new PDPage(a4);
        document.addPage(page);
        float scale = Math.min((a4.getWidth() - 2 * MARGIN) / uprightWidth,
                (a4.getHeight() - 2 * MARGIN) / uprightHeight);
        float width = uprightWidth * scale;
        float height = uprightHeight * scale;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, orientation.placing((a4.getWidth() - width) / 2, (a4.getHeight() - height) / 2,
                    width, height));
        }
    }
}
