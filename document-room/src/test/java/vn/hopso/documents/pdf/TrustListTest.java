package vn.hopso.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hopso.documents.testing.TestSignatures;

class TrustListTest {

    @TempDir
    Path folder;

    @Test
    void certificatesAreReadFromADerOrPemFile() throws Exception {
        TestSignatures.Signer signer = TestSignatures.signer("CA thử", "Người ký");
        Path der = folder.resolve("ca.cer");
        Files.write(der, signer.authority().getEncoded());

        TrustList list = TrustList.read(der);

        assertThat(list.isEmpty()).isFalse();
        assertThat(list.anchors()).singleElement()
                .satisfies(anchor -> assertThat(anchor.getTrustedCert()).isEqualTo(signer.authority()));
    }

    @Test
    void aFileThatIsNotACertificateOrIsMissingStopsTheStartWithItsName() throws Exception {
        Path text = folder.resolve("khong-phai.pem");
        Files.writeString(text, "không phải chứng thư số");

        assertThatThrownBy(() -> TrustList.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("khong-phai.pem");
        assertThatThrownBy(() -> TrustList.read(folder.resolve("thieu.pem")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thieu.pem");
        assertThat(TrustList.none().isEmpty()).isTrue();
    }
}
