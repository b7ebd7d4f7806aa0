package vn.hopso.meeting.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The papers the server issues (a ballot's result sheet, a document's comment report) as PDFs made with PDFBox. The
 * font, DejaVu Serif with every Vietnamese letter, comes from the server's own jar and is embedded as a subset, so a
 * paper reads and copies the same on any machine, whatever fonts the server or the reader have installed.
 */
@Component
public class PrintedPdf {

    /** What draws the paper's content, page after page. */
    @FunctionalInterface
    public interface Content {
        void draw(PdfPageWriter page) throws IOException;
    }

    private final byte[] regular;
    private final byte[] bold;

    public PrintedPdf() {
        this.regular = font("DejaVuSerif.ttf");
        this.bold = font("DejaVuSerif-Bold.ttf");
    }

    /** A new A4 PDF titled {@code title}, drawn by {@code content}. */
    public byte[] render(String title, Content content) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("HọpSố");
            PDType0Font regularFont = PDType0Font.load(document, new ByteArrayInputStream(regular), true);
            PDType0Font boldFont = PDType0Font.load(document, new ByteArrayInputStream(bold), true);
            try (PdfPageWriter page = new PdfPageWriter(document, regularFont, boldFont)) {
                content.draw(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the paper \"" + title + "\" could not be drawn", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PrintedPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the server's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
