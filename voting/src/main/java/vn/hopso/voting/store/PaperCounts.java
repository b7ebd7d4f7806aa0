package vn.hopso.voting.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the ballot committee's paper counts as the tables keep them ({@code ballot_paper_counts},
 * {@code ballot_paper_marks}) against the entries the chain recorded when each was entered, the corrected ones too,
 * and names each figure that differs.
 */
final class PaperCounts {

    private static final String TABLE = "Bảng ballot_paper_counts (hoặc ballot_paper_marks)";

    /** How the sheet names the figures of a paper count. */
    private static final Map<String, String> NAMES = Map.of("entry", "lần nhập", "issued", "số phiếu phát ra",
            "returned", "số phiếu thu vào", "valid", "số phiếu hợp lệ", "invalid", "số phiếu không hợp lệ",
            "by", "người nhập", "at", "thời điểm nhập");

    private PaperCounts() {
    }

    /** {@code stored}: the payload each stored count makes, in the order entered. */
    static void compare(List<BallotChain.Entry> chained, List<String> stored, List<String> problems) {
        for (int i = 0; i < Math.max(chained.size(), stored.size()); i++) {
            if (i >= stored.size()) {
                problems.add("%s: thiếu lần nhập kết quả kiểm phiếu giấy thứ %d đã ghi trong chuỗi (mục #%d)."
                        .formatted(TABLE, i + 1, chained.get(i).seq()));
            } else if (i >= chained.size()) {
                problems.add("%s: lần nhập kết quả kiểm phiếu giấy thứ %d không có trong chuỗi.".formatted(TABLE, i + 1));
            } else {
                compare(i + 1, chained.get(i), stored.get(i), problems);
            }
        }
    }

    private static void compare(int entry, BallotChain.Entry chained, String stored, List<String> problems) {
        Map<String, String> then = figures(chained.payload());
        Map<String, String> now = figures(stored);
        for (Map.Entry<String, String> figure : now.entrySet()) {
            String recorded = then.getOrDefault(figure.getKey(), "không có");
            if (!figure.getValue().equals(recorded)) {
                problems.add("%s: lần nhập kết quả kiểm phiếu giấy thứ %d, %s là %s, chuỗi ghi %s (mục #%d)."
                        .formatted(TABLE, entry, figure.getKey(), figure.getValue(), recorded, chained.seq()));
            }
        }
        then.keySet().stream().filter(name -> !now.containsKey(name)).forEach(name -> problems.add(
                "%s: lần nhập kết quả kiểm phiếu giấy thứ %d thiếu %s đã ghi trong chuỗi (mục #%d)."
                        .formatted(TABLE, entry, name, chained.seq())));
    }

    /** A payload's figures by name: "số phiếu hợp lệ", or a mark's counter ("-:YES", "<nominee>:LOW"). */
    private static Map<String, String> figures(String payload) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Map.Entry<String, String> line : BallotChain.lines(payload)) {
            if (line.getKey().equals("count")) {
                int at = line.getValue().lastIndexOf('=');
                figures.put(line.getValue().substring(0, at), line.getValue().substring(at + 1));
            } else {
                figures.put(NAMES.getOrDefault(line.getKey(), line.getKey()), line.getValue());
            }
        }
        return figures;
    }
}
