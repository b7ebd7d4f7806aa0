package vn.hopso.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hopso.documents.domain.SignatureCheck;
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.documents.testing.TestSignatures;

class PdfSignaturesTest {

    private static final TestSignatures.Signer SIGNER = TestSignatures.signer("CA Chính phủ thử", "Nguyễn Văn Ký");
    private static final byte[] DRAFT = TestPdfs.text("Tờ trình số 12 về dự toán ngân sách", "Điều 1. Mức thu phí");

    private final PdfLimits limits = PdfLimits.defaults();
    private final PdfSignatures trusting = new PdfSignatures(limits, TrustList.of(List.of(SIGNER.authority())));

    @Test
    void aSignatureOverTheWholeFileFromATrustedAuthorityIsValidWithItsSignerAndTime() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        SignatureCheck check = single(trusting.verify(TestSignatures.signed(DRAFT, SIGNER)));

        assertThat(check.problem()).isNull();
        assertThat(check.signer()).isEqualTo("Nguyễn Văn Ký");
        assertThat(check.signedAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(5)));
        assertThat(check.intact()).isTrue();
        assertThat(check.modifiedAfterSigning()).isFalse();
        assertThat(check.trusted()).isTrue();
        assertThat(check.problem()).isNull();
        assertThat(check.valid()).isTrue();
    }

    @Test
    void anIntactSignatureIsNotTrustedWithoutTheAuthorityInTheTrustList() throws Exception {
        byte[] signed = TestSignatures.signed(DRAFT, SIGNER);
        TestSignatures.Signer stranger = TestSignatures.signer("CA lạ", "Người lạ");

        for (TrustList list : List.of(TrustList.none(), TrustList.of(List.of(stranger.authority())))) {
            SignatureCheck check = single(new PdfSignatures(limits, list).verify(signed));
            assertThat(check.intact()).isTrue();
            assertThat(check.trusted()).isFalse();
            assertThat(check.valid()).isFalse();
        }
    }

    @Test
    void aFileSavedAgainAfterSigningIsToldModifiedWhileTheSignedPartStaysIntact() throws Exception {
        byte[] changed = TestSignatures.changedAfterSigning(TestSignatures.signed(DRAFT, SIGNER));

        SignatureCheck check = single(trusting.verify(changed));

        assertThat(check.intact()).isTrue();
        assertThat(check.modifiedAfterSigning()).isTrue();
        assertThat(check.valid()).isFalse();
    }

    @Test
    void aByteChangedInsideWhatWasSignedBreaksTheSignature() throws Exception {
        byte[] tampered = TestSignatures.signed(DRAFT, SIGNER);
        // The first run of signed bytes starts the file: its header's version number is covered by the signature.
        assertThat(new String(tampered, 0, 7, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.");
        tampered[7] = (byte) (tampered[7] == '7' ? '6' : '7');

        SignatureCheck check = single(trusting.verify(tampered));

        assertThat(check.intact()).isFalse();
        assertThat(check.trusted()).isFalse();
        assertThat(check.valid()).isFalse();
    }

    @Test
    void anUnsignedFileHasNoSignatureAndAnUnsupportedKindSaysSo() throws Exception {
        assertThat(trusting.verify(DRAFT)).isEmpty();

        SignatureCheck check = single(trusting.verify(TestSignatures.signed(DRAFT, SIGNER, "adbe.x509.rsa_sha1")));

        assertThat(check.problem()).contains("chưa được hỗ trợ", "adbe.x509.rsa_sha1");
        assertThat(check.valid()).isFalse();
        assertThat(check.signer()).isEqualTo("Tên trong chữ ký");
    }

    private static SignatureCheck single(List<SignatureCheck> checks) {
        assertThat(checks).hasSize(1);
        return checks.getFirst();
    }
}
