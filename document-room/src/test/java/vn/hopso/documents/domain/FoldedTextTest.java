package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void vietnameseDiacriticsAndCaseFoldAway() {
        assertThat(FoldedText.fold("Dự toán NGÂN SÁCH địa phương")).isEqualTo("du toan ngan sach dia phuong");
        assertThat(FoldedText.fold("Đại biểu Hội đồng nhân dân")).isEqualTo("dai bieu hoi dong nhan dan");
        assertThat(FoldedText.fold("Ưu tiên ỔN ĐỊNH, ỹ ự ằ")).isEqualTo("uu tien on dinh, y u a");
    }

    @Test
    void decomposedTextFoldsAsPrecomposedTextDoes() {
        String nfc = Normalizer.normalize("Nghị quyết về ngân sách", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).hasSizeGreaterThan(nfc.length());
        assertThat(FoldedText.fold(nfd)).isEqualTo(FoldedText.fold(nfc)).isEqualTo("nghi quyet ve ngan sach");
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertThat(FoldedText.fold("  ngân\n\tsách\u00a0 2026  ")).isEqualTo("ngan sach 2026");
        assertThat(FoldedText.fold("")).isEmpty();
    }

    @Test
    void eachFoldedCharacterPointsBackToWhereItCameFrom() {
        String nfd = Normalizer.normalize("Về ngân\n sách", Normalizer.Form.NFD);
        FoldedText folded = FoldedText.of(nfd);
        int start = folded.text().indexOf("ngan sach");
        String shown = nfd.substring(folded.originalStart(start), folded.originalEnd(start + "ngan sach".length()));
        assertThat(Normalizer.normalize(shown, Normalizer.Form.NFC)).isEqualTo("ngân\n sách");
    }

    @Test
    void lettersOutsideTheBasicPlaneKeepBothHalves() {
        FoldedText folded = FoldedText.of("a 𝐀 b");
        assertThat(folded.text()).isEqualTo("a 𝐀 b");
        assertThat(folded.originalEnd(folded.text().length())).isEqualTo("a 𝐀 b".length());
    }
}
