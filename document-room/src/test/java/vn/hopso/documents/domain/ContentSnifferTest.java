package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** A file's type comes from its bytes; its name is kept exactly and refused only when it cannot be kept as text. */
class ContentSnifferTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void typesComeFromTheLeadingBytes() {
        assertThat(ContentSniffer.sniff(bytes("%PDF-1.7\n"))).isEqualTo(ContentType.PDF);
        assertThat(ContentSniffer.sniff(bytes("junk before %PDF-1.4"))).isEqualTo(ContentType.PDF);
        assertThat(ContentSniffer.sniff(bytes("PK\u0003\u0004word/document.xml"))).isEqualTo(ContentType.ZIP_OFFICE);
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).isEqualTo(ContentType.JPEG);
        assertThat(ContentSniffer.sniff(bytes("<html>%PDF-1.7 further on".repeat(1)))).isEqualTo(ContentType.PDF);
        assertThat(ContentSniffer.sniff(bytes("x".repeat(ContentSniffer.HEAD) + "%PDF-1.7")))
                .isEqualTo(ContentType.UNKNOWN);
        assertThat(ContentSniffer.sniff(new byte[0])).isEqualTo(ContentType.UNKNOWN);
    }

    @Test
    void hostileNamesAreKeptExactlyAndNormalisationFormsStayApart() {
        String nfc = Normalizer.normalize("Tờ trình số 12 – Ngân sách 2026.pdf", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(new FileName(nfc)).isNotEqualTo(new FileName(nfd));
        assertThat(new FileName(nfd).value()).isEqualTo(nfd);
        for (String hostile : new String[] {"../../etc/passwd", "a\u0001b\r\n.pdf", "<script>alert(1)</script>.pdf",
            "ư".repeat(300) + ".pdf"}) {
            assertThat(new FileName(hostile).value()).isEqualTo(hostile);
        }
        assertThat(new FileName(nfc).stem()).isEqualTo(nfc.substring(0, nfc.length() - 4));
    }

    @Test
    void namesThatCannotBeKeptAsTextAreRefused() {
        assertThat(FileName.problem("a\u0000b.pdf")).isPresent();
        assertThat(FileName.problem("\ud800.pdf")).isPresent();
        assertThat(FileName.problem("  ")).isPresent();
        assertThat(FileName.problem("x".repeat(FileName.MAX_LENGTH + 1))).isPresent();
        assertThatThrownBy(() -> new FileName("")).isInstanceOf(IllegalArgumentException.class);
    }
}
