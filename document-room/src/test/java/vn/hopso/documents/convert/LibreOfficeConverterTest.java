package vn.hopso.documents.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hopso.documents.domain.OfficeFormat;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.documents.testing.TestOffice;

/**
 * Real LibreOffice (Debian libreoffice-writer-nogui, which infra/test installs). A document that links a picture on a
 * listening port is converted without the port hearing from it, while the same conversion with the network left on
 * does fetch it: the isolation is what stops it.
 */
class LibreOfficeConverterTest {

    @TempDir
    Path work;

    private LibreOfficeConverter converter(boolean isolated, Duration timeout) {
        ConversionLimits defaults = ConversionLimits.defaults();
        assertThat(LibreOfficeConverter.available(defaults)).as("LibreOffice at %s (infra/test installs it)",
                defaults.soffice()).isTrue();
        return new LibreOfficeConverter(new ConversionLimits(defaults.soffice(), timeout, defaults.maxMemoryBytes(),
                defaults.workers(), defaults.queueWait(), isolated), work);
    }

    @Test
    void aWordDocumentBecomesAPdfWithItsVietnameseText() throws Exception {
        byte[] pdf = converter(true, Duration.ofSeconds(120))
                .toPdf(TestOffice.docx("Tờ trình về dự toán ngân sách địa phương năm 2026"), OfficeFormat.DOCX);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Tờ trình về dự toán ngân sách");
        }
        assertThat(work.toFile().list()).as("each conversion's folder and profile are removed").isEmpty();
    }

    @Test
    void nothingLinkedIsFetchedDuringAConversionWhileUnisolatedLibreOfficeWouldFetchIt() throws Exception {
        try (Listener listener = new Listener()) {
            byte[] linking = TestOffice.docxLinkingImage("Có ảnh liên kết", listener.url());
            converter(true, Duration.ofSeconds(120)).toPdf(linking, OfficeFormat.DOCX);
            assertThat(listener.connections()).as("connections from an isolated conversion").isZero();

            converter(false, Duration.ofSeconds(120)).toPdf(linking, OfficeFormat.DOCX);
            assertThat(listener.connections()).as("connections from stock LibreOffice (the test's own control)")
                    .isPositive();
        }
    }

    @Test
    void aConversionBeyondItsTimeIsKilledAndSaidSo() {
        assertThatThrownBy(() -> converter(true, Duration.ofMillis(50)).toPdf(TestOffice.docx("Chậm"), OfficeFormat.DOCX))
                .isInstanceOfSatisfying(UnreadablePdf.class,
                        e -> assertThat(e.problem()).isEqualTo(PdfProblem.CONVERSION_TOO_SLOW));
    }

    @Test
    void aFileLibreOfficeCannotReadIsRefused() {
        assertThatThrownBy(() -> converter(true, Duration.ofSeconds(120))
                .toPdf(TestOffice.plainZip(), OfficeFormat.DOCX))
                .isInstanceOfSatisfying(UnreadablePdf.class,
                        e -> assertThat(e.problem()).isEqualTo(PdfProblem.CONVERSION_FAILED));
    }

    /** A port on 127.0.0.1 that counts who connects to it. */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = Thread.ofPlatform().daemon().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket accepted = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketException closed) {
                        return;
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/anh.png";
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join();
        }
    }
}
