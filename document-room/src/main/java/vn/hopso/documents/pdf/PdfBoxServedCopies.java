package vn.hopso.documents.pdf;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import vn.hopso.documents.domain.NotesPage;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.ServedCopies;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.documents.domain.Watermark;

/**
 * Served copies with PDFBox: active content taken out ({@link ActiveContent}), encryption and its restrictions
 * removed, and the reader's watermark drawn on every page: once large across the page, once small along its foot.
 * The watermark is real text in the page, so it is in every copy's extracted text and never in the index, which is
 * made from the original.
 */
public final class PdfBoxServedCopies implements ServedCopies {

    private static final float OPACITY = 0.22f;
    private static final SecureRandom OWNER_PASSWORDS = new SecureRandom();

    private final PdfLimits limits;
    private final PdfFiles files;
    private final Guarded guarded;
    private final Font imageFont;

    public PdfBoxServedCopies(PdfLimits limits) {
        this.limits = limits;
        this.files = new PdfFiles(limits);
        this.guarded = new Guarded(limits);
        try {
            this.imageFont = Font.createFont(Font.TRUETYPE_FONT, limits.watermarkFont().toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the watermark font " + limits.watermarkFont() + " cannot be read", e);
        }
    }

    @Override
    public byte[] copy(byte[] original, Optional<Watermark> watermark, boolean printable) throws UnreadablePdf {
        return served("pdf-copy", original, watermark, Optional.empty(), printable);
    }

    @Override
    public byte[] annotatedCopy(byte[] original, Optional<Watermark> watermark, NotesPage notes, boolean printable)
            throws UnreadablePdf {
        return served("pdf-annotated-copy", original, watermark, Optional.of(notes), printable);
    }

    @Override
    public byte[] page(byte[] original, int number) throws UnreadablePdf {
        files.check(original);
        return guarded.run("pdf-page", progress -> {
            try (PDDocument document = files.open(original, progress)) {
                List<PDPage> pages = files.pages(document);
                if (number < 1 || number > pages.size()) {
                    throw new UnreadablePdf(PdfProblem.NO_SUCH_PAGE);
                }
                try (PDDocument single = OnePage.of(pages.get(number - 1), limits.maxNestingDepth())) {
                    ActiveContent.strip(single, limits.maxNestingDepth());
                    progress.pageDone();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    single.save(out);
                    return out.toByteArray();
                }
            }
        });
    }

    private byte[] served(String task, byte[] original, Optional<Watermark> watermark, Optional<NotesPage> notes,
            boolean printable) throws UnreadablePdf {
        files.check(original);
        return guarded.run(task, progress -> {
            try (PDDocument document = files.open(original, progress)) {
                List<PDPage> pages = files.pages(document);
                ActiveContent.strip(document, limits.maxNestingDepth());
                document.setAllSecurityToBeRemoved(true);
                PDType0Font font = watermark.isPresent() || notes.isPresent()
                        ? PDType0Font.load(document, limits.watermarkFont().toFile()) : null;
                if (notes.isPresent()) {
                    Highlights.add(document, pages.size(), notes.get());
                    NotesListing.append(document, font, notes.get());
                }
                if (watermark.isPresent()) {
                    for (PDPage page : document.getPages()) {
                        draw(document, page, font, watermark.get().line());
                        progress.pageDone();
                    }
                }
                if (!printable) {
                    forbidPrinting(document);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 4096);
                document.save(out);
                return out.toByteArray();
            }
        });
    }

    /** AES-256 with an owner password no one is told and no user password: it opens anywhere, prints nowhere. */
    private static void forbidPrinting(PDDocument document) throws IOException {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanPrint(false);
        permissions.setCanPrintFaithful(false);
        byte[] secret = new byte[24];
        OWNER_PASSWORDS.nextBytes(secret);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(HexFormat.of().formatHex(secret), "",
                permissions);
        policy.setEncryptionKeyLength(256);
        document.setAllSecurityToBeRemoved(false);
        document.protect(policy);
    }

    private static void draw(PDDocument document, PDPage page, PDType0Font font, String line) throws IOException {
        PDRectangle box = page.getCropBox();
        float width = box.getWidth();
        float height = box.getHeight();
        float lineWidth = font.getStringWidth(line) / 1000f;
        double angle = Math.atan2(height, width);
        float diagonal = (float) Math.hypot(width, height);
        float large = Math.min(0.8f * diagonal / Math.max(lineWidth, 1f), 0.12f * Math.min(width, height));
        float small = Math.min(8f, 0.9f * width / Math.max(lineWidth, 1f));
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(OPACITY);
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.saveGraphicsState();
            content.setGraphicsStateParameters(translucent);
            content.setNonStrokingColor(0.55f, 0f, 0f);
            content.beginText();
            content.setFont(font, large);
            float cx = box.getLowerLeftX() + width / 2;
            float cy = box.getLowerLeftY() + height / 2;
            float half = lineWidth * large / 2;
            content.setTextMatrix(Matrix.getRotateInstance(angle, cx - half * (float) Math.cos(angle),
                    cy - half * (float) Math.sin(angle)));
            content.showText(line);
            content.endText();
            content.restoreGraphicsState();
            content.beginText();
            content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
            content.setFont(font, small);
            content.newLineAtOffset(box.getLowerLeftX() + (width - lineWidth * small) / 2, box.getLowerLeftY() + 6);
            content.showText(line);
            content.endText();
        }
    }

    @Override
    public byte[] watermarkImage(byte[] png, Watermark watermark) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                String line = watermark.line();
                int width = image.getWidth();
                int height = image.getHeight();
                double angle = -Math.atan2(height, width);
                double diagonal = Math.hypot(width, height);
                Font probe = imageFont.deriveFont(100f);
                double unit = g.getFontMetrics(probe).stringWidth(line) / 100.0;
                float large = (float) Math.min(0.8 * diagonal / Math.max(unit, 1), 0.12 * Math.min(width, height));
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, OPACITY));
                g.setColor(new Color(140, 0, 0));
                g.setFont(imageFont.deriveFont(large));
                AffineTransform plain = g.getTransform();
                g.translate(width / 2.0, height / 2.0);
                g.rotate(angle);
                g.drawString(line, (float) (-unit * large / 2), large / 3);
                g.setTransform(plain);
                g.setComposite(AlphaComposite.SrcOver);
                g.setColor(new Color(90, 90, 90));
                float small = (float) Math.max(9, Math.min(14, 0.9 * width / Math.max(unit, 1)));
                g.setFont(imageFont.deriveFont(small));
                g.drawString(line, (float) ((width - unit * small) / 2), height - small / 2);
            } finally {
                g.dispose();
            }
            return PdfBoxPageRenderer.png(image);
        } catch (IOException e) {
            throw new UncheckedIOException("a page image we rendered cannot be read back", e);
        }
    }
}
