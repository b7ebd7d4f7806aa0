package vn.hopso.meeting.document;

import vn.hopso.documents.domain.FoldedText;
import vn.hopso.meeting.web.ApiProblem;

/**
 * What a reader searches for, as typed (shown back) and folded (compared), with the bounds of a search.
 *
 * @param offset how many matching pages to pass over
 * @param limit the most matching pages to return
 */
record SearchQuery(String typed, String folded, int offset, int limit) {

    /** The folded query must have at least this many characters: one letter would match nearly every page. */
    static final int SHORTEST = 2;
    static final int LONGEST = 200;
    static final int MOST_HITS = 50;

    /** @throws ApiProblem 400 naming the field when a bound is not kept */
    static SearchQuery of(String typed, int offset, int limit) {
        if (typed.length() > LONGEST) {
            throw ApiProblem.invalid("q", "search_query_too_long", "Nội dung tìm kiếm dài quá " + LONGEST + " ký tự.");
        }
        if (typed.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw ApiProblem.invalid("q", "Nội dung tìm kiếm có ký tự điều khiển không hợp lệ.");
        }
        String folded = FoldedText.fold(typed);
        if (folded.length() < SHORTEST) {
            throw ApiProblem.invalid("q", "search_query_too_short", "Vui lòng nhập ít nhất " + SHORTEST
                    + " ký tự để tìm kiếm.");
        }
        if (offset < 0) {
            throw ApiProblem.invalid("offset", "Vị trí bắt đầu không được âm.");
        }
        if (limit < 1 || limit > MOST_HITS) {
            throw ApiProblem.invalid("limit", "Mỗi lần trả về từ 1 đến " + MOST_HITS + " kết quả.");
        }
        return new SearchQuery(typed.strip(), folded, offset, limit);
    }
}
