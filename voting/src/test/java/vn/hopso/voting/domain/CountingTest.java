package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CountingTest {

    private static final Nominee AN = new Nominee(UUID.fromString("00000000-0000-0000-0000-00000000000a"), "Nguyễn Văn An");
    private static final Nominee BINH = new Nominee(UUID.fromString("00000000-0000-0000-0000-00000000000b"), "Trần Thị Bình");

    private static String code(Runnable step) {
        try {
            step.run();
        } catch (VotingRefused refused) {
            return refused.refusal().code().wire();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void everyBallotHasACounterPerMarkOfferedPerPersonInBallotOrder() {
        assertThat(Counting.slots(Motion.resolution())).extracting(Counting.Slot::mark)
                .containsExactly("YES", "NO", "ABSTAIN");
        assertThat(Counting.slots(new Motion(PassingRule.ABSOLUTE_MAJORITY, EnumSet.of(Choice.YES, Choice.NO), false)))
                .extracting(Counting.Slot::mark).containsExactly("YES", "NO");
        assertThat(Counting.slots(new ConfidenceRating(List.of(AN, BINH)))).containsExactly(
                new Counting.Slot(AN.id(), "HIGH"), new Counting.Slot(AN.id(), "MEDIUM"), new Counting.Slot(AN.id(), "LOW"),
                new Counting.Slot(BINH.id(), "HIGH"), new Counting.Slot(BINH.id(), "MEDIUM"),
                new Counting.Slot(BINH.id(), "LOW"));
        assertThat(Counting.slots(Election.firstRound(List.of(AN, BINH), 1, ElectionMode.APPROVAL))).hasSize(2);
    }

    @Test
    void optionsReadAsTheCouncilNamesThem() {
        assertThat(Counting.options(Motion.resolution(), ChoiceLabels.DONG_Y)).extracting(Counting.Option::label)
                .containsExactly("Đồng ý", "Không đồng ý", "Phiếu trắng");
        assertThat(Counting.options(ConfidenceVote.of(List.of(AN)), ChoiceLabels.TAN_THANH))
                .extracting(Counting.Option::label).containsExactly("Tín nhiệm", "Không tín nhiệm");
    }

    @Test
    void aVoteAsSentIsReadForItsBallot() {
        assertThat(Counting.castOf(Motion.resolution(), "ABSTAIN", List.of())).isEqualTo(new MotionCast(Choice.ABSTAIN));
        assertThat(Counting.castOf(new ConfidenceRating(List.of(AN)), null, List.of(new Counting.Slot(AN.id(), "LOW"))))
                .isEqualTo(new RatingCast(List.of(new Mark<>(AN.id(), Rating.LOW))));
        assertThat(code(() -> Counting.castOf(Motion.resolution(), "MAYBE", List.of()))).isEqualTo("choice_not_offered");
        assertThat(code(() -> Counting.castOf(Motion.resolution(), null, List.of()))).isEqualTo("wrong_kind");
        assertThat(code(() -> Counting.castOf(ConfidenceVote.of(List.of(AN)), "YES", List.of()))).isEqualTo("wrong_kind");
        assertThat(code(() -> Counting.castOf(ConfidenceVote.of(List.of(AN)), null,
                List.of(new Counting.Slot(null, "TRUST"))))).isEqualTo("not_on_ballot");
        assertThat(Counting.slotsOf(new MotionCast(Choice.NO))).containsExactly(new Counting.Slot(null, "NO"));
    }

    @Test
    void countersDecideTheResult58Total53Present29YesFails() {
        Map<Counting.Slot, Integer> counts = new HashMap<>();
        counts.put(new Counting.Slot(null, "YES"), 29);
        counts.put(new Counting.Slot(null, "NO"), 20);
        counts.put(new Counting.Slot(null, "ABSTAIN"), 4);
        VoteResult result = Counting.result(Motion.resolution(), new Electorate(58, 53), new Counting.Counted(53, counts));
        MotionResult motion = (MotionResult) result;
        assertThat(motion.outcome()).isEqualTo(MotionOutcome.NOT_PASSED);
        assertThat(motion.yes().percentOfTotal()).isEqualTo(new BigDecimal("50.00"));
        assertThat(motion.turnout().didNotVote().count()).isZero();
    }

    @Test
    void countersThatDoNotAddUpAreRefusedNamingTheFigures() {
        Map<Counting.Slot, Integer> counts = Map.of(new Counting.Slot(null, "YES"), 5);
        assertThat(code(() -> Counting.result(Motion.resolution(), new Electorate(58, 53),
                new Counting.Counted(4, counts)))).isEqualTo("tally_rejected");
    }

    @Test
    void peopleCountersBecomeEachPersonsMarks() {
        Map<Counting.Slot, Integer> counts = new HashMap<>();
        counts.put(new Counting.Slot(AN.id(), "LOW"), 40);
        counts.put(new Counting.Slot(AN.id(), "HIGH"), 10);
        counts.put(new Counting.Slot(BINH.id(), "HIGH"), 50);
        ConfidenceRatingResult result = (ConfidenceRatingResult) Counting.result(new ConfidenceRating(List.of(AN, BINH)),
                new Electorate(58, 50), new Counting.Counted(50, counts));
        assertThat(result.officeHolders()).extracting(OfficeHolderRating::consequence)
                .containsExactly(RatingConsequence.DISMISSAL_PROPOSED, RatingConsequence.NONE);
    }
}
