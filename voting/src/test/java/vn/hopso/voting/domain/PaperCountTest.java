package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ballot committee's paper count, held with the electronic votes: what adds up, what does not, and the result. */
class PaperCountTest {

    private static final Nominee AN = new Nominee(UUID.fromString("00000000-0000-0000-0000-00000000000a"), "Nguyễn Văn An");
    private static final Electorate FIFTY_EIGHT_53_PRESENT = new Electorate(58, 53);
    /** 20 electronic votes: 18 YES, 2 NO. */
    private static final Counting.Counted ELECTRONIC = new Counting.Counted(20,
            Map.of(new Counting.Slot(null, "YES"), 18, new Counting.Slot(null, "NO"), 2));

    private static Counting.Slot motion(String mark) {
        return new Counting.Slot(null, mark);
    }

    @Test
    void paperBallotsAreAddedToTheElectronicVotesAndDecideTogether() {
        PaperCount paper = new PaperCount(14, 13, 12, 1, Map.of(motion("YES"), 12));
        assertThat(Counting.discrepancies(Motion.resolution(), FIFTY_EIGHT_53_PRESENT, ELECTRONIC, paper)).isEmpty();

        MotionResult alone = (MotionResult) Counting.result(Motion.resolution(), FIFTY_EIGHT_53_PRESENT, ELECTRONIC, null);
        MotionResult together = (MotionResult) Counting.result(Motion.resolution(), FIFTY_EIGHT_53_PRESENT, ELECTRONIC,
                paper);

        assertThat(alone.outcome()).isEqualTo(MotionOutcome.NOT_PASSED);
        assertThat(together.yes().count()).as("18 electronic + 12 on paper").isEqualTo(30);
        assertThat(together.outcome()).as("30 of 58 is more than half of the total").isEqualTo(MotionOutcome.PASSED);
        assertThat(together.turnout()).extracting(Turnout::issued, Turnout::returned, Turnout::valid, Turnout::invalid)
                .containsExactly(34, 33, 32, 1);
        assertThat(together.turnout().didNotVote().count()).as("53 present, 33 ballots returned").isEqualTo(20);
    }

    @Test
    void aCountThatDoesNotAddUpIsNamedWithItsFigures() {
        List<Discrepancy> found = Counting.discrepancies(Motion.resolution(), FIFTY_EIGHT_53_PRESENT, ELECTRONIC,
                new PaperCount(10, 12, 11, 0, Map.of(motion("YES"), 9)));

        assertThat(found).extracting(Discrepancy::code).containsExactly(Discrepancy.Code.RETURNED_EXCEEDS_ISSUED,
                Discrepancy.Code.VALID_AND_INVALID_NOT_RETURNED, Discrepancy.Code.CHOICES_NOT_VALID);
        assertThat(found.getFirst().message())
                .isEqualTo("Phiếu giấy: số phiếu thu vào (12) nhiều hơn số phiếu phát ra (10).");
        assertThat(found.get(2).message())
                .isEqualTo("Phiếu giấy: tổng số phiếu theo các lựa chọn (9) khác số phiếu hợp lệ (11).");
    }

    @Test
    void electronicAndPaperBallotsTogetherCannotOutnumberThosePresent() {
        List<Discrepancy> found = Counting.discrepancies(Motion.resolution(), FIFTY_EIGHT_53_PRESENT, ELECTRONIC,
                new PaperCount(34, 34, 34, 0, Map.of(motion("NO"), 34)));

        assertThat(found).extracting(Discrepancy::code).containsExactly(Discrepancy.Code.MORE_VOTERS_THAN_PRESENT);
        assertThat(found.getFirst().message()).isEqualTo(
                "Tổng số phiếu điện tử và phiếu giấy thu vào (54) nhiều hơn số đại biểu có mặt (53).");
    }

    @Test
    void marksNoBallotOfTheKindHasAndPeopleNotOnItAreDiscrepanciesNotFailures() {
        assertThat(Counting.discrepancies(Motion.resolution(), FIFTY_EIGHT_53_PRESENT, ELECTRONIC,
                new PaperCount(2, 2, 2, 0, Map.of(motion("MAYBE"), 1, new Counting.Slot(AN.id(), "YES"), 1))))
                .extracting(Discrepancy::code).contains(Discrepancy.Code.MARK_NOT_OFFERED, Discrepancy.Code.NOT_ON_BALLOT);
        ConfidenceRating rating = new ConfidenceRating(List.of(AN));
        Counting.Counted none = new Counting.Counted(0, Map.of());
        assertThat(Counting.discrepancies(rating, FIFTY_EIGHT_53_PRESENT, none,
                new PaperCount(3, 3, 3, 0, Map.of(new Counting.Slot(UUID.randomUUID(), "LOW"), 3,
                        new Counting.Slot(AN.id(), "YES"), 1))))
                .extracting(Discrepancy::code).contains(Discrepancy.Code.NOT_ON_BALLOT, Discrepancy.Code.MARK_NOT_OFFERED);
        assertThat(Counting.discrepancies(rating, FIFTY_EIGHT_53_PRESENT, none,
                new PaperCount(3, 3, 3, 0, Map.of(new Counting.Slot(AN.id(), "LOW"), 4))))
                .extracting(Discrepancy::code).containsExactly(Discrepancy.Code.MARKS_EXCEED_VALID);
    }

    @Test
    void aRatingCountedPartlyOnPaperFlagsOnTheCombinedFigures() {
        ConfidenceRating rating = new ConfidenceRating(List.of(AN));
        Counting.Counted electronic = new Counting.Counted(25, Map.of(new Counting.Slot(AN.id(), "LOW"), 25));
        PaperCount paper = new PaperCount(5, 5, 5, 0, Map.of(new Counting.Slot(AN.id(), "LOW"), 5));

        ConfidenceRatingResult result = (ConfidenceRatingResult) Counting.result(rating, FIFTY_EIGHT_53_PRESENT,
                electronic, paper);

        assertThat(result.officeHolders().getFirst().low().count()).isEqualTo(30);
        assertThat(result.officeHolders().getFirst().consequence()).isEqualTo(RatingConsequence.MAY_RESIGN);
    }

    @Test
    void aResultAskedOfACountThatDoesNotAddUpIsRefusedNotDecided() {
        assertThatThrownBy(() -> Counting.result(Motion.resolution(), FIFTY_EIGHT_53_PRESENT, ELECTRONIC,
                new PaperCount(1, 1, 1, 0, Map.of(motion("MAYBE"), 1))))
                .isInstanceOfSatisfying(VotingRefused.class,
                        refused -> assertThat(refused.refusal().code()).isEqualTo(VotingRefusal.Code.TALLY_REJECTED));
    }

    @Test
    void figuresAreCountsOfBallotsAndZeroMarksAreLeftOut() {
        assertThat(new PaperCount(3, 3, 3, 0, Map.of(motion("YES"), 3, motion("NO"), 0)))
                .isEqualTo(new PaperCount(3, 3, 3, 0, Map.of(motion("YES"), 3)));
        assertThatThrownBy(() -> new PaperCount(-1, 0, 0, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaperCount(0, 0, 0, 0, Map.of(motion("YES"), PaperCount.MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaperCountIsEnteredAfterTheCloseAndBeforeTheResultIsAnnounced() {
        Poll draft = Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Nghị quyết",
                Motion.resolution(), ChoiceLabels.TAN_THANH, true, java.time.Instant.EPOCH, null);
        Poll open = draft.opened(java.time.Instant.EPOCH.plusSeconds(60), UUID.randomUUID(), FIFTY_EIGHT_53_PRESENT);
        Poll closed = open.closed(java.time.Instant.EPOCH.plusSeconds(120));

        closed.requireCountableOnPaper();
        assertThat(code(open::requireCountableOnPaper)).isEqualTo("ballot_not_closed");
        assertThat(code(closed.published(java.time.Instant.EPOCH.plusSeconds(180))::requireCountableOnPaper))
                .isEqualTo("ballot_not_closed");
        assertThat(code(closed.annulled(java.time.Instant.EPOCH.plusSeconds(180), "Sự cố")::requireCountableOnPaper))
                .isEqualTo("ballot_annulled");
    }

    private static String code(Runnable step) {
        try {
            step.run();
        } catch (VotingRefused refused) {
            return refused.refusal().code().wire();
        }
        throw new AssertionError("not refused");
    }
}
