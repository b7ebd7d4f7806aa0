package vn.hopso.meeting.ballot.sheet;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.Ballot;
import vn.hopso.meeting.api.BallotNominee;
import vn.hopso.meeting.api.BallotOption;
import vn.hopso.meeting.api.BallotResult;
import vn.hopso.meeting.api.BallotTally;
import vn.hopso.meeting.api.BallotTurnout;
import vn.hopso.meeting.api.PaperMark;
import vn.hopso.meeting.api.ResultCount;
import vn.hopso.meeting.api.ResultLine;
import vn.hopso.meeting.api.TallySource;

/**
 * Biên bản kết quả biểu quyết (biên bản kiểm phiếu for a secret ballot): what the sheet says, in reading order, before
 * any page is drawn. It is made from the ballot as the screens show it, so the sheet and the hall's display cannot
 * disagree on a figure. No voter's name is on it, named ballot or secret: who chose what is the named export's.
 *
 * @param issuer the council, as the top left of an administrative document names it
 * @param date where the sheet is dated: "ngày 02 tháng 12 năm 2026", the day the ballot closed
 * @param heading "BIÊN BẢN KẾT QUẢ BIỂU QUYẾT" or "BIÊN BẢN KIỂM PHIẾU"
 * @param facts what was voted on, how, when, and who took part
 * @param tables the counts: one table for a motion, one per person for the kinds that list people
 * @param thresholds the rules applied, each with its base and the votes it takes
 * @param outcome the outcome of the whole ballot in words ("Thông qua"), when it has one
 * @param signatories who signs, left to right
 */
record ResultSheet(String issuer, String date, String heading, List<Fact> facts, List<Table> tables,
        List<String> thresholds, @Nullable String outcome, List<String> signatories) {

    /** One line of the sheet: "Tổng số đại biểu: 58". */
    record Fact(String label, String value) {
    }

    /** The counts of one person on the ballot ({@code person}), or of the motion itself (null), with its outcome. */
    record Table(@Nullable String person, List<Row> rows, @Nullable String outcome) {
    }

    /** A mark, its count and its shares, as printed: "84,48%". */
    record Row(String label, int count, String percentOfTotal, String percentOfPresent) {
    }

    /** The names the ballot sits under: the council, the session, the sitting and the agenda item. */
    record Place(String council, String session, String sitting, String item, ZoneId zone) {
    }

    static final String CHAIR = "CHỦ TỌA";
    static final String SECRETARY = "THƯ KÝ";
    /** Signs when the ballot was counted partly on paper: the count is the committee's. */
    static final String COMMITTEE = "TRƯỞNG BAN KIỂM PHIẾU";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    ResultSheet {
        facts = List.copyOf(facts);
        tables = List.copyOf(tables);
        thresholds = List.copyOf(thresholds);
        signatories = List.copyOf(signatories);
    }

    /** The sheet of a counted ballot: closed or announced, with its result. */
    static ResultSheet of(Place place, Ballot ballot) {
        BallotResult result = Objects.requireNonNull(ballot.result(), "a result sheet needs a counted ballot");
        Instant closedAt = Objects.requireNonNull(ballot.closedAt(), "a counted ballot has closed");
        BallotTurnout turnout = result.turnout();
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("Kỳ họp", place.session()),
                new Fact("Phiên họp", place.sitting()),
                new Fact("Nội dung", place.item()),
                new Fact("Phiếu biểu quyết", ballot.title()),
                new Fact("Loại", kind(ballot)),
                new Fact("Hình thức", ballot.secret() ? "Bỏ phiếu kín" : "Biểu quyết công khai (ghi danh)"),
                new Fact("Bắt đầu biểu quyết", time(Objects.requireNonNull(ballot.openedAt()), place.zone())),
                new Fact("Kết thúc biểu quyết", time(closedAt, place.zone())),
                new Fact("Tổng số đại biểu", Integer.toString(turnout.totalElected())),
                new Fact("Số đại biểu có mặt, được biểu quyết", Integer.toString(turnout.present())),
                new Fact("Số đại biểu đã biểu quyết", withShares(turnout.voted())),
                new Fact("Số đại biểu có mặt không tham gia biểu quyết", withShares(turnout.didNotVote()))));
        BallotTally paper = result.tallies().stream().filter(tally -> tally.source() == TallySource.PAPER)
                .findFirst().orElse(null);
        if (ballot.secret() || paper != null) {
            facts.add(new Fact("Số phiếu phát ra", Integer.toString(turnout.issued())));
            facts.add(new Fact("Số phiếu thu vào", Integer.toString(turnout.returned())));
            facts.add(new Fact("Số phiếu hợp lệ", Integer.toString(turnout.valid())));
            facts.add(new Fact("Số phiếu không hợp lệ", Integer.toString(turnout.invalid())));
        }
        if (paper != null) {
            // Mixed: each source's own figures, which the counts above add up.
            result.tallies().forEach(tally -> facts.add(tally(ballot, tally)));
        }
        if (ballot.ruleDescription() != null) {
            facts.add(new Fact("Quy tắc áp dụng", ballot.ruleDescription()));
        }
        List<Table> tables = result.lines().stream().map(line -> table(line, turnout)).toList();
        return new ResultSheet(place.council().toUpperCase(Locale.forLanguageTag("vi")),
                DATE.format(closedAt.atZone(place.zone())),
                ballot.secret() ? "BIÊN BẢN KIỂM PHIẾU" : "BIÊN BẢN KẾT QUẢ BIỂU QUYẾT", facts, tables,
                result.thresholds().stream().map(t -> t.label() + ": " + t.description()).toList(),
                result.outcomeLabel(), paper == null ? List.of(CHAIR, SECRETARY)
                        : List.of(CHAIR, COMMITTEE, SECRETARY));
    }

    /** "Phiếu giấy (lần nhập thứ 2): phát ra 5, thu vào 4, hợp lệ 3, không hợp lệ 1; Tán thành 1, Không tán thành 2". */
    private static Fact tally(Ballot ballot, BallotTally tally) {
        StringBuilder text = new StringBuilder("phát ra %d, thu vào %d, hợp lệ %d, không hợp lệ %d".formatted(
                tally.issued(), tally.returned(), tally.valid(), tally.invalid()));
        List<String> marks = tally.marks().stream().map(mark -> markName(ballot, mark) + " " + mark.count()).toList();
        if (!marks.isEmpty()) {
            text.append("; ").append(String.join(", ", marks));
        }
        return new Fact(tally.entry() == null ? tally.label() : tally.label() + " (lần nhập thứ " + tally.entry() + ")",
                text.toString());
    }

    /** How a mark reads on the sheet: "Tán thành", or "Nguyễn Văn An – Tín nhiệm thấp" on a ballot listing people. */
    static String markName(Ballot ballot, PaperMark mark) {
        String label = ballot.options().stream().filter(option -> option.mark().equals(mark.mark()))
                .map(BallotOption::label).findFirst().orElse(mark.mark());
        if (mark.nomineeId() == null) {
            return label;
        }
        return ballot.nominees().stream().filter(nominee -> nominee.id().equals(mark.nomineeId()))
                .map(BallotNominee::name).findFirst().orElse(mark.nomineeId().toString()) + " – " + label;
    }

    /** A share as Vietnamese writes it: a decimal comma, two places as counted ("84,48%"). */
    static String percent(String decimal) {
        return decimal.replace('.', ',') + "%";
    }

    private static Table table(ResultLine line, BallotTurnout turnout) {
        List<Row> rows = new ArrayList<>(line.counts().stream().map(ResultSheet::row).toList());
        if (line.name() == null) {
            // A motion's sheet shows those present who pressed nothing next to the choices, as it is announced.
            rows.add(row(turnout.didNotVote()));
            return new Table(null, rows, null);
        }
        String outcome = line.outcome().equals("NONE") ? "Không thuộc trường hợp xin từ chức hay đề nghị miễn nhiệm"
                : line.outcomeLabel();
        return new Table(line.name(), rows, outcome);
    }

    private static Row row(ResultCount count) {
        return new Row(count.label(), count.count(), percent(count.percentOfTotal()), percent(count.percentOfPresent()));
    }

    private static String withShares(ResultCount count) {
        return count.count() + " (" + percent(count.percentOfTotal()) + " tổng số đại biểu; "
                + percent(count.percentOfPresent()) + " số đại biểu có mặt)";
    }

    private static String kind(Ballot ballot) {
        return switch (ballot.kind()) {
            case MOTION -> "Biểu quyết thông qua";
            case ELECTION -> "Bầu cử, vòng " + Objects.requireNonNullElse(ballot.round(), 1)
                    + (ballot.previousBallotId() == null || ballot.round() == null ? ""
                            : " (bầu tiếp theo vòng " + (ballot.round() - 1) + ")")
                    + ", số người cần bầu: " + Objects.requireNonNullElse(ballot.seats(), 1);
            case CONFIDENCE_RATING -> "Lấy phiếu tín nhiệm";
            case CONFIDENCE_VOTE -> "Bỏ phiếu tín nhiệm";
        };
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
