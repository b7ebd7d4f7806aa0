package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageChangesTest {

    private static final List<String> BEFORE = List.of("Tờ trình về dự toán\nngân sách 2026", "Điều 1. Mức thu phí",
            "Điều 2. Hiệu lực thi hành");

    @Test
    void aPageWhoseWordsChangedIsMarkedAndLineBreaksAloneAreNot() {
        List<String> after = List.of("Tờ trình về dự toán ngân sách   2026", "Điều 1. Mức thu phí mới",
                "Điều 2. Hiệu lực\nthi hành");
        assertThat(PageChanges.changed(BEFORE, after, false)).containsExactly(2);
    }

    @Test
    void pagesMovedByAnInsertedPageAreNotMarkedButTheNewOneIs() {
        List<String> after = List.of(BEFORE.get(0), "Điều 1a. Đối tượng miễn phí", BEFORE.get(1), BEFORE.get(2));
        assertThat(PageChanges.changed(BEFORE, after, false)).containsExactly(2);
    }

    @Test
    void aScannedPageCannotBeComparedAndIsMarkedUnlessTheFileIsTheSame() {
        List<String> scans = List.of("", " \n ");
        assertThat(PageChanges.changed(scans, scans, false)).containsExactly(1, 2);
        assertThat(PageChanges.changed(scans, scans, true)).isEmpty();
    }

    @Test
    void everyPageOfAWhollyNewTextIsMarked() {
        assertThat(PageChanges.changed(BEFORE, List.of("Báo cáo thẩm tra", "Kết luận"), false)).containsExactly(1, 2);
    }
}
