package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void theMatchIsMarkedInTheOriginalTextWithItsDiacritics() {
        Snippet snippet = Snippet.of(FoldedText.of("Tờ trình về dự toán Ngân Sách năm 2026"), "ngan sach", 100).orElseThrow();
        assertThat(snippet.text()).isEqualTo("Tờ trình về dự toán Ngân Sách năm 2026");
        assertThat(snippet.marks()).containsExactly(new Snippet.Mark(20, 9));
        assertThat(marked(snippet, 0)).isEqualTo("Ngân Sách");
        assertThat(snippet.matches()).isEqualTo(1);
    }

    @Test
    void aLongPageIsCutBetweenWordsAroundTheFirstMatchAndEveryMatchInsideIsMarked() {
        String page = "mở đầu ".repeat(40) + "ngân sách và ngân sách tỉnh " + "kết thúc ".repeat(40) + "ngân sách";
        Snippet snippet = Snippet.of(FoldedText.of(page), "ngan sach", 30).orElseThrow();
        assertThat(snippet.text()).startsWith("…mở").endsWith("…").doesNotContain("  ");
        assertThat(snippet.text().length()).isLessThan(120);
        assertThat(snippet.marks()).hasSize(2);
        assertThat(marked(snippet, 0)).isEqualTo("ngân sách");
        assertThat(marked(snippet, 1)).isEqualTo("ngân sách");
        assertThat(snippet.matches()).isEqualTo(3);
    }

    @Test
    void aMatchInDecomposedTextIsMarkedWithItsCombiningMarks() {
        String nfd = Normalizer.normalize("Kính gửi Đại biểu Quốc hội", Normalizer.Form.NFD);
        Snippet snippet = Snippet.of(FoldedText.of(nfd), FoldedText.fold("dai bieu"), 100).orElseThrow();
        assertThat(Normalizer.normalize(marked(snippet, 0), Normalizer.Form.NFC)).isEqualTo("Đại biểu");
    }

    @Test
    void aMatchAcrossALineBreakIsFound() {
        Snippet snippet = Snippet.of(FoldedText.of("dự toán ngân\nsách"), "ngan sach", 100).orElseThrow();
        assertThat(marked(snippet, 0)).isEqualTo("ngân\nsách");
    }

    @Test
    void nothingIsFoundWhereTheQueryDoesNotOccur() {
        assertThat(Snippet.of(FoldedText.of("Báo cáo thẩm tra"), "ngan sach", 100)).isEmpty();
        assertThatThrownBy(() -> Snippet.of(FoldedText.of("x"), "", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String marked(Snippet snippet, int index) {
        Snippet.Mark mark = snippet.marks().get(index);
        return snippet.text().substring(mark.start(), mark.start() + mark.length());
    }
}
