package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTest {

    private static final String PAGE = "Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức thu phí.\n"
            + "Điều 2. Đối tượng áp dụng\nNghị quyết này áp dụng cho cơ quan, tổ chức.";

    @Test
    void aQuoteIsFoundWhateverItsLineBreaksAndSpacesAndItsPlaceIsInTheFoldedText() {
        Passage passage = Passage.locate(3, 5, PAGE, "  quy định\u00a0mức thu\n phí ", 0);

        assertThat(passage.page()).isEqualTo(3);
        assertThat(passage.quote()).isEqualTo("quy định mức thu phí");
        assertThat(Passage.folded(PAGE).substring(passage.start())).startsWith("quy định mức thu phí.");
    }

    @Test
    void decomposedVietnameseMatchesItsComposedForm() {
        String decomposed = Normalizer.normalize("Phạm vi điều chỉnh", Normalizer.Form.NFD);

        assertThat(Passage.locate(1, 1, PAGE, decomposed, 0).quote()).isEqualTo("Phạm vi điều chỉnh");
    }

    @Test
    void aQuoteThatOccursTwiceIsTakenWhereTheReaderChoseIt() {
        int second = Passage.folded(PAGE).lastIndexOf("Nghị quyết này");

        assertThat(Passage.locate(1, 1, PAGE, "Nghị quyết này", 0).start())
                .isEqualTo(Passage.folded(PAGE).indexOf("Nghị quyết này"));
        assertThat(Passage.locate(1, 1, PAGE, "Nghị quyết này", second - 3).start()).isEqualTo(second);
    }

    @Test
    void aQuoteNotOnThePageAPageWithoutTextOrAPageOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Passage.locate(1, 1, PAGE, "Điều 3", 0))
                .isInstanceOfSatisfying(CommentRefused.class,
                        e -> assertThat(e.problem()).isEqualTo(CommentProblem.QUOTE_NOT_ON_PAGE));
        assertThatThrownBy(() -> Passage.locate(1, 1, PAGE, " \n ", 0))
                .isInstanceOfSatisfying(CommentRefused.class,
                        e -> assertThat(e.problem()).isEqualTo(CommentProblem.QUOTE_NOT_ON_PAGE));
        assertThatThrownBy(() -> Passage.locate(1, 1, " \n ", "Điều 1", 0))
                .isInstanceOfSatisfying(CommentRefused.class,
                        e -> assertThat(e.problem()).isEqualTo(CommentProblem.PAGE_WITHOUT_TEXT));
        for (int page : new int[] {0, -1, 6}) {
            assertThatThrownBy(() -> Passage.locate(page, 5, PAGE, "Điều 1", 0))
                    .isInstanceOfSatisfying(CommentRefused.class,
                            e -> assertThat(e.problem()).isEqualTo(CommentProblem.PAGE_OUT_OF_RANGE));
        }
    }

    @Test
    void aQuoteCarriedToANewVersionStaysOnItsPageAtTheOccurrenceNearestWhereItWas() {
        Passage passage = new Passage(2, 30, "Nghị quyết này");
        List<String> next = List.of("Mục lục", "Nghị quyết này, bổ sung. " + PAGE, "Nghị quyết này");

        Passage carried = passage.in(next).orElseThrow();

        assertThat(carried.page()).isEqualTo(2);
        assertThat(carried.start()).isEqualTo(Passage.folded(next.get(1)).indexOf("Nghị quyết này", 20));
        assertThat(carried.quote()).isEqualTo("Nghị quyết này");
    }

    @Test
    void aQuoteGoneFromItsPageIsLookedForOnTheNearestPagesEarlierFirst() {
        Passage passage = new Passage(3, 0, "mức thu phí");
        assertThat(passage.in(List.of("mức thu phí", "Mục lục", "Đã sửa", "mức thu phí"))).contains(
                new Passage(4, 0, "mức thu phí"));
        assertThat(passage.in(List.of("x", "mức thu phí", "Đã sửa", "mức thu phí"))).contains(
                new Passage(2, 0, "mức thu phí"));
        // The new version is shorter than the page the quote was on.
        assertThat(new Passage(9, 4, "mức thu phí").in(List.of("Về mức thu phí"))).contains(
                new Passage(1, 3, "mức thu phí"));
    }

    @Test
    void aQuoteNoLongerInTheDocumentIsNotCarried() {
        assertThat(new Passage(1, 0, "mức thu phí").in(List.of("mức phí", ""))).isEmpty();
        assertThat(new Passage(1, 0, "mức thu phí").in(List.of())).isEmpty();
    }
}
