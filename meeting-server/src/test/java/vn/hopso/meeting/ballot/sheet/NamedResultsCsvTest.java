package vn.hopso.meeting.ballot.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hopso.voting.domain.BallotStore.NamedVote;
import vn.hopso.voting.domain.Choice;
import vn.hopso.voting.domain.ChoiceLabels;
import vn.hopso.voting.domain.Elector;
import vn.hopso.voting.domain.Electorate;
import vn.hopso.voting.domain.Motion;
import vn.hopso.voting.domain.MotionCast;
import vn.hopso.voting.domain.PassingRule;
import vn.hopso.voting.domain.Poll;

/** The named results as a spreadsheet reads them: every entitled delegate, quoted, and never run as a formula. */
class NamedResultsCsvTest {

    private static final Instant AT = Instant.parse("2026-12-02T01:30:00Z");

    @Test
    void everyEntitledDelegateHasARowWithTheirChoiceOrThatTheyPressedNothing() {
        Poll poll = closed(Motion.resolution(), ChoiceLabels.DONG_Y);
        Elector an = elector("Nguyễn Văn An");
        Elector binh = elector("Trần Thị Bình");
        Elector cuong = elector("Lê Văn Cường");
        Elector dung = elector("Phạm Thị Dung");

        String csv = NamedResultsCsv.of(poll, List.of(an, binh, cuong, dung),
                List.of(vote(an, Choice.YES), vote(binh, Choice.NO), vote(dung, Choice.ABSTAIN)));

        assertThat(csv).isEqualTo("\uFEFFSTT,Họ và tên,Biểu quyết\r\n"
                + "1,Nguyễn Văn An,Đồng ý\r\n"
                + "2,Trần Thị Bình,Không đồng ý\r\n"
                + "3,Lê Văn Cường,Không tham gia biểu quyết\r\n"
                + "4,Phạm Thị Dung,Phiếu trắng\r\n");
    }

    @Test
    void paperBallotsOfANamedBallotAreCountedOnALastRowNotListedByName() {
        Poll poll = closed(Motion.resolution(), ChoiceLabels.DONG_Y);
        Elector an = elector("Nguyễn Văn An");
        vn.hopso.meeting.api.BallotTally paper = new vn.hopso.meeting.api.BallotTally(
                vn.hopso.meeting.api.TallySource.PAPER, "Phiếu giấy", 3, 3, 2, 1,
                List.of(new vn.hopso.meeting.api.PaperMark(null, "YES", 1),
                        new vn.hopso.meeting.api.PaperMark(null, "NO", 1)), 1, AT);

        String csv = NamedResultsCsv.of(poll, List.of(an), List.of(vote(an, Choice.YES)), paper);

        assertThat(csv).endsWith("1,Nguyễn Văn An,Đồng ý\r\n"
                + ",\"Phiếu giấy (2 hợp lệ, 1 không hợp lệ)\",Đồng ý: 1; Không đồng ý: 1\r\n");
    }

    @Test
    void namesAreQuotedAsRfc4180SaysAndFormulasAreDefused() {
        Poll poll = closed(Motion.resolution(), ChoiceLabels.TAN_THANH);
        List<Elector> electors = List.of(elector("Nguyễn \"Út\" Văn, An"), elector("=HYPERLINK(\"http://x\",\"A\")"),
                elector("+84 912"), elector("-1+1"), elector("@SUM(A1)"), elector("Dòng\r\nhai"));

        String csv = NamedResultsCsv.of(poll, electors, List.of());

        assertThat(csv.lines().skip(1).toList()).containsExactly(
                "1,\"Nguyễn \"\"Út\"\" Văn, An\",Không tham gia biểu quyết",
                "2,\"'=HYPERLINK(\"\"http://x\"\",\"\"A\"\")\",Không tham gia biểu quyết",
                "3,'+84 912,Không tham gia biểu quyết",
                "4,'-1+1,Không tham gia biểu quyết",
                "5,'@SUM(A1),Không tham gia biểu quyết",
                "6,\"Dòng", "hai\",Không tham gia biểu quyết");
    }

    @Test
    void aCellIsDefusedOnlyWhenItsFirstCharacterWouldStartAFormula() {
        assertThat(NamedResultsCsv.cell("\tTab")).isEqualTo("'\tTab");
        assertThat(NamedResultsCsv.cell("An=1")).isEqualTo("An=1");
        assertThat(NamedResultsCsv.cell("")).isEmpty();
    }

    @Test
    void aSecretBallotHasNoNamedResults() {
        Poll poll = closed(new Motion(PassingRule.TWO_THIRDS_OF_TOTAL, java.util.EnumSet.allOf(Choice.class), true),
                ChoiceLabels.TAN_THANH);

        assertThatThrownBy(() -> NamedResultsCsv.of(poll, List.of(elector("Nguyễn Văn An")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Poll closed(Motion motion, ChoiceLabels labels) {
        return Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Nghị quyết", motion, labels,
                false, AT, null).opened(AT, UUID.randomUUID(), new Electorate(6, 6)).closed(AT.plusSeconds(60));
    }

    private static Elector elector(String name) {
        return new Elector(UUID.randomUUID(), UUID.randomUUID(), name);
    }

    private static NamedVote vote(Elector elector, Choice choice) {
        return new NamedVote(elector, new MotionCast(choice), AT, AT);
    }
}
