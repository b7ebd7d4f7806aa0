package vn.hopso.meeting.ballot.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.ballot.sheet.ResultSheet.Fact;
import vn.hopso.voting.domain.Electorate;

/** What a result sheet says, without drawing it: the figures of the law's own example, and a secret rating. */
class ResultSheetTest {

    @Test
    void aResolutionPassedBy49Of58ElectedWith53PresentReadsAsTheCouncilAnnouncesIt() {
        ResultSheet sheet = ResultSheet.of(CountedPolls.PLACE,
                CountedPolls.motionResult("Nghị quyết dự toán 2027", new Electorate(58, 53), 49, 2, 1));

        assertThat(sheet.issuer()).isEqualTo("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM");
        assertThat(sheet.heading()).isEqualTo("BIÊN BẢN KẾT QUẢ BIỂU QUYẾT");
        assertThat(sheet.date()).as("the day it closed, in Hà Nội").isEqualTo("ngày 02 tháng 12 năm 2026");
        assertThat(sheet.facts()).contains(
                new Fact("Kỳ họp", "Kỳ họp thứ 7, khóa IX"),
                new Fact("Phiên họp", "Phiên bế mạc"),
                new Fact("Nội dung", "Nghị quyết về dự toán ngân sách năm 2027"),
                new Fact("Phiếu biểu quyết", "Nghị quyết dự toán 2027"),
                new Fact("Loại", "Biểu quyết thông qua"),
                new Fact("Hình thức", "Biểu quyết công khai (ghi danh)"),
                new Fact("Bắt đầu biểu quyết", "08:30:00 ngày 02/12/2026"),
                new Fact("Kết thúc biểu quyết", "08:34:00 ngày 02/12/2026"),
                new Fact("Tổng số đại biểu", "58"),
                new Fact("Số đại biểu có mặt, được biểu quyết", "53"),
                new Fact("Số đại biểu đã biểu quyết", "52 (89,66% tổng số đại biểu; 98,11% số đại biểu có mặt)"),
                new Fact("Số đại biểu có mặt không tham gia biểu quyết",
                        "1 (1,72% tổng số đại biểu; 1,89% số đại biểu có mặt)"),
                new Fact("Quy tắc áp dụng", "Quá 1/2 tổng số đại biểu"));
        assertThat(sheet.facts()).extracting(Fact::label).doesNotContain("Số phiếu phát ra");
        assertThat(sheet.tables()).singleElement().satisfies(table -> {
            assertThat(table.person()).isNull();
            assertThat(table.rows()).extracting(ResultSheet.Row::label, ResultSheet.Row::count,
                    ResultSheet.Row::percentOfTotal, ResultSheet.Row::percentOfPresent).containsExactly(
                    tuple("Tán thành", 49, "84,48%", "92,45%"),
                    tuple("Không tán thành", 2, "3,45%", "3,77%"),
                    tuple("Không biểu quyết", 1, "1,72%", "1,89%"),
                    tuple("Không tham gia biểu quyết", 1, "1,72%", "1,89%"));
        });
        assertThat(sheet.thresholds()).containsExactly("Ngưỡng thông qua: Quá 1/2 tổng số đại biểu (58): cần 30 phiếu");
        assertThat(sheet.outcome()).isEqualTo("Thông qua");
        assertThat(sheet.signatories()).containsExactly("CHỦ TỌA", "THƯ KÝ");
    }

    @Test
    void twentyNineOf58IsNotPassedThoughMoreThanHalfOfThe53Present() {
        ResultSheet sheet = ResultSheet.of(CountedPolls.PLACE,
                CountedPolls.motionResult("Nghị quyết số 29", new Electorate(58, 53), 29, 4, 0));

        assertThat(sheet.tables().getFirst().rows().getFirst())
                .isEqualTo(new ResultSheet.Row("Tán thành", 29, "50,00%", "54,72%"));
        assertThat(sheet.outcome()).isEqualTo("Không thông qua");
    }

    @Test
    void sharesAreRoundedHalfUpToTwoPlaces() {
        ResultSheet sheet = ResultSheet.of(CountedPolls.PLACE,
                CountedPolls.motionResult("Một phiếu trên tám trăm", new Electorate(800, 800), 1, 0, 0));

        assertThat(sheet.tables().getFirst().rows().getFirst().percentOfTotal()).as("0.125 %").isEqualTo("0,13%");
    }

    @Test
    void aSecretConfidenceRatingIsAVoteCountersSheetWithEachPersonsConsequence() {
        ResultSheet sheet = ResultSheet.of(CountedPolls.PLACE, CountedPolls.ratingResult(new Electorate(30, 30), 30,
                List.of("Nguyễn Văn Chủ tịch", "Trần Thị Phó", "Lê Văn Ủy viên"), 3, 16, 20));

        assertThat(sheet.heading()).isEqualTo("BIÊN BẢN KIỂM PHIẾU");
        assertThat(sheet.facts()).contains(new Fact("Hình thức", "Bỏ phiếu kín"), new Fact("Loại", "Lấy phiếu tín nhiệm"),
                new Fact("Số phiếu phát ra", "30"), new Fact("Số phiếu thu vào", "30"),
                new Fact("Số phiếu hợp lệ", "30"), new Fact("Số phiếu không hợp lệ", "0"));
        assertThat(sheet.tables()).extracting(ResultSheet.Table::person, ResultSheet.Table::outcome).containsExactly(
                tuple("Nguyễn Văn Chủ tịch", "Không thuộc trường hợp xin từ chức hay đề nghị miễn nhiệm"),
                tuple("Trần Thị Phó", "Có thể xin từ chức"),
                tuple("Lê Văn Ủy viên", "Đề nghị miễn nhiệm"));
        assertThat(sheet.tables().get(1).rows()).extracting(ResultSheet.Row::label, ResultSheet.Row::count,
                ResultSheet.Row::percentOfTotal).contains(tuple("Tín nhiệm thấp", 16, "53,33%"));
        assertThat(sheet.thresholds()).hasSize(2);
        assertThat(sheet.outcome()).isNull();
    }

    @Test
    void aBallotCountedPartlyOnPaperShowsEachSourcesFiguresAndTheCommitteeSigns() {
        ResultSheet sheet = ResultSheet.of(CountedPolls.PLACE, CountedPolls.mixedMotionResult("Nghị quyết hỗn hợp",
                new Electorate(58, 53), 26, 3, new vn.hopso.voting.domain.PaperCount(5, 5, 4, 1,
                        java.util.Map.of(new vn.hopso.voting.domain.Counting.Slot(null, "YES"), 4))));

        assertThat(sheet.facts()).contains(
                new Fact("Số phiếu phát ra", "34"),
                new Fact("Số phiếu thu vào", "34"),
                new Fact("Số phiếu hợp lệ", "33"),
                new Fact("Số phiếu không hợp lệ", "1"),
                new Fact("Phiếu điện tử", "phát ra 29, thu vào 29, hợp lệ 29, không hợp lệ 0; Tán thành 26, "
                        + "Không tán thành 3"),
                new Fact("Phiếu giấy (lần nhập thứ 1)", "phát ra 5, thu vào 5, hợp lệ 4, không hợp lệ 1; Tán thành 4"));
        assertThat(sheet.tables().getFirst().rows().getFirst()).as("26 electronic and 4 paper of 58")
                .isEqualTo(new ResultSheet.Row("Tán thành", 30, "51,72%", "56,60%"));
        assertThat(sheet.outcome()).isEqualTo("Thông qua");
        assertThat(sheet.signatories()).containsExactly("CHỦ TỌA", "TRƯỞNG BAN KIỂM PHIẾU", "THƯ KÝ");
    }

    @Test
    void aSecondRoundOfAnElectionNamesTheRoundItFollows() {
        ResultSheet sheet = ResultSheet.of(CountedPolls.PLACE, CountedPolls.secondRoundResult(3, 2));

        assertThat(sheet.heading()).isEqualTo("BIÊN BẢN KIỂM PHIẾU");
        assertThat(sheet.facts()).contains(new Fact("Loại", "Bầu cử, vòng 2 (bầu tiếp theo vòng 1), số người cần bầu: 1"));
        assertThat(sheet.tables()).extracting(ResultSheet.Table::person, ResultSheet.Table::outcome).containsExactly(
                tuple("Trần Thị Bình", "Trúng cử"), tuple("Lê Văn Cường", "Không trúng cử"));
        assertThat(sheet.outcome()).isEqualTo("Đã bầu đủ số lượng");
    }
}
