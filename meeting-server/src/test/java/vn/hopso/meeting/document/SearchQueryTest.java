package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.hopso.meeting.web.ApiProblem;

class SearchQueryTest {

    @Test
    void aQueryIsKeptAsTypedAndFoldedForComparison() {
        SearchQuery query = SearchQuery.of("  Ngân  Sách ", 20, 10);
        assertThat(query.typed()).isEqualTo("Ngân  Sách");
        assertThat(query.folded()).isEqualTo("ngan sach");
        assertThat(query).extracting(SearchQuery::offset, SearchQuery::limit).containsExactly(20, 10);
    }

    @Test
    void theShortestQueryIsCountedAfterFolding() {
        assertThat(SearchQuery.of("đd", 0, 1).folded()).isEqualTo("dd");
        assertRefused(() -> SearchQuery.of(" đ\u0301 ", 0, 20), "q", "search_query_too_short");
        assertRefused(() -> SearchQuery.of("", 0, 20), "q", "search_query_too_short");
    }

    @Test
    void boundsAreKept() {
        assertThat(SearchQuery.of("a".repeat(SearchQuery.LONGEST), 0, SearchQuery.MOST_HITS).limit()).isEqualTo(50);
        assertRefused(() -> SearchQuery.of("a".repeat(SearchQuery.LONGEST + 1), 0, 20), "q", "search_query_too_long");
        assertRefused(() -> SearchQuery.of("ngan sach", -1, 20), "offset", "invalid");
        assertRefused(() -> SearchQuery.of("ngan sach", 0, 0), "limit", "invalid");
        assertRefused(() -> SearchQuery.of("ngan sach", 0, SearchQuery.MOST_HITS + 1), "limit", "invalid");
        assertRefused(() -> SearchQuery.of("ngan\u0000sach", 0, 20), "q", "invalid");
        assertRefused(() -> SearchQuery.of("ngan\u001bsach", 0, 20), "q", "invalid");
        assertThat(SearchQuery.of("ngân\tsách\n", 0, 20).folded()).as("white space is not a control character here")
                .isEqualTo("ngan sach");
    }

    private static void assertRefused(Runnable query, String field, String code) {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.toError().fields()).singleElement().satisfies(refused -> {
                assertThat(refused.field()).isEqualTo(field);
                assertThat(refused.code()).isEqualTo(code);
            });
        });
    }
}
