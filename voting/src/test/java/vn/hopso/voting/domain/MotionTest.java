package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hopso.voting.domain.Choice.ABSTAIN;
import static vn.hopso.voting.domain.Choice.NO;
import static vn.hopso.voting.domain.Choice.YES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MotionTest {

    private static final Motion RESOLUTION = Motion.resolution();

    private static Tally<MarkCounts<Choice>> electronic(int yes, int no, int abstain) {
        return Tally.electronic(yes + no + abstain, MarkCounts.of(YES, yes).with(NO, no).with(ABSTAIN, abstain));
    }

    private static List<MotionCast> casts(int yes, int no, int abstain) {
        List<MotionCast> casts = new ArrayList<>();
        casts.addAll(Collections.nCopies(yes, new MotionCast(YES)));
        casts.addAll(Collections.nCopies(no, new MotionCast(NO)));
        casts.addAll(Collections.nCopies(abstain, new MotionCast(ABSTAIN)));
        return casts;
    }

    @Test
    void twentyNineOf58FailsAlthoughItIsMoreThanHalfOfThe53Present() {
        Electorate electorate = new Electorate(58, 53);
        MotionResult result = RESOLUTION.result(electorate, List.of(RESOLUTION.electronicTally(casts(29, 20, 4))));

        assertThat(result.outcome()).isEqualTo(MotionOutcome.NOT_PASSED);
        assertThat(result.outcome().label()).isEqualTo("Không thông qua");
        assertThat(result.yes().count()).isEqualTo(29);
        assertThat(result.yes().percentOfTotal()).isEqualTo(new BigDecimal("50.00"));
        assertThat(result.yes().percentOfPresent()).isEqualTo(new BigDecimal("54.72"));
        assertThat(result.threshold().base()).isEqualTo(58);
        assertThat(result.threshold().votesNeeded()).isEqualTo(30);
    }

    @Test
    void thirtyOf58Passes() {
        MotionResult result = RESOLUTION.result(new Electorate(58, 53), List.of(electronic(30, 20, 3)));
        assertThat(result.outcome()).isEqualTo(MotionOutcome.PASSED);
        assertThat(result.outcome().label()).isEqualTo("Thông qua");
    }

    @Test
    void quangNam2018ReadsAsAnnounced() {
        MotionResult result = RESOLUTION.result(new Electorate(58, 53), List.of(electronic(49, 2, 1)));

        assertThat(result.yes().percentOfTotal()).isEqualTo(new BigDecimal("84.48"));
        assertThat(result.no().count()).isEqualTo(2);
        assertThat(result.no().percentOfTotal()).isEqualTo(new BigDecimal("3.45"));
        assertThat(result.abstain().percentOfTotal()).isEqualTo(new BigDecimal("1.72"));
        assertThat(result.turnout().voted().count()).isEqualTo(52);
        assertThat(result.turnout().didNotVote().count()).isEqualTo(1);
        assertThat(result.turnout().didNotVote().percentOfPresent()).isEqualTo(new BigDecimal("1.89"));
    }

    @Test
    void aDismissalNeedsTwoThirdsOfTheTotal() {
        Motion dismissal = Motion.open(PassingRule.TWO_THIRDS_OF_TOTAL);
        Electorate electorate = new Electorate(58, 58);
        assertThat(dismissal.result(electorate, List.of(electronic(38, 20, 0))).outcome()).isEqualTo(MotionOutcome.NOT_PASSED);
        assertThat(dismissal.result(electorate, List.of(electronic(39, 19, 0))).outcome()).isEqualTo(MotionOutcome.PASSED);
        assertThat(dismissal.result(new Electorate(60, 60), List.of(electronic(40, 20, 0))).outcome())
                .isEqualTo(MotionOutcome.PASSED);
    }

    @Test
    void aProceduralMotionCountsThosePresent() {
        Motion procedural = Motion.open(PassingRule.MAJORITY_OF_PRESENT);
        MotionResult result = procedural.result(new Electorate(58, 53), List.of(electronic(27, 10, 5)));
        assertThat(result.threshold().base()).isEqualTo(53);
        assertThat(result.outcome()).isEqualTo(MotionOutcome.PASSED);
        assertThat(procedural.result(new Electorate(58, 53), List.of(electronic(26, 10, 5))).outcome())
                .isEqualTo(MotionOutcome.NOT_PASSED);
    }

    @Test
    void abstentionsCountInTheBaseOfVotesCast() {
        Motion ofVotesCast = Motion.open(new PassingRule(Bound.MORE_THAN, Fraction.HALF, Base.VOTES_CAST));
        MotionResult result = ofVotesCast.result(new Electorate(58, 53), List.of(electronic(20, 10, 10)));
        assertThat(result.threshold().base()).isEqualTo(40);
        assertThat(result.outcome()).isEqualTo(MotionOutcome.NOT_PASSED);
        assertThat(ofVotesCast.result(new Electorate(58, 53), List.of(electronic(21, 10, 10))).outcome())
                .isEqualTo(MotionOutcome.PASSED);
    }

    @Test
    void nobodyPresentOrNobodyVotingNeverPasses() {
        Motion ofVotesCast = Motion.open(new PassingRule(Bound.AT_LEAST, Fraction.HALF, Base.VOTES_CAST));
        MotionResult nobodyPresent = ofVotesCast.result(new Electorate(58, 0), List.of(electronic(0, 0, 0)));
        assertThat(nobodyPresent.outcome()).isEqualTo(MotionOutcome.NOT_PASSED);
        assertThat(nobodyPresent.turnout().didNotVote().count()).isZero();

        MotionResult nobodyVoted = ofVotesCast.result(new Electorate(58, 40), List.of());
        assertThat(nobodyVoted.outcome()).isEqualTo(MotionOutcome.NOT_PASSED);
        assertThat(nobodyVoted.turnout().didNotVote().count()).isEqualTo(40);
        assertThat(nobodyVoted.threshold().votesNeeded()).isEqualTo(1);
    }

    @Test
    void aCouncilOfOnePassesWithItsDelegate() {
        assertThat(RESOLUTION.result(new Electorate(1, 1), List.of(electronic(1, 0, 0))).outcome())
                .isEqualTo(MotionOutcome.PASSED);
        assertThat(RESOLUTION.result(new Electorate(1, 1), List.of(electronic(0, 0, 1))).outcome())
                .isEqualTo(MotionOutcome.NOT_PASSED);
    }

    @Test
    void electronicAndPaperVotesAreAddedUp() {
        Tally<MarkCounts<Choice>> paper = Tally.paper(8, 8, 7, 1, MarkCounts.of(YES, 5).with(NO, 2));
        MotionResult result = RESOLUTION.result(new Electorate(58, 53), List.of(electronic(25, 10, 5), paper));

        assertThat(result.yes().count()).isEqualTo(30);
        assertThat(result.outcome()).isEqualTo(MotionOutcome.PASSED);
        assertThat(result.turnout().issued()).isEqualTo(48);
        assertThat(result.turnout().returned()).isEqualTo(48);
        assertThat(result.turnout().valid()).isEqualTo(47);
        assertThat(result.turnout().invalid()).isEqualTo(1);
        assertThat(result.turnout().didNotVote().count()).isEqualTo(5);
    }

    @Test
    void aPaperBallotIssuedButNotReturnedIsADelegateWhoDidNotVote() {
        Tally<MarkCounts<Choice>> paper = Tally.paper(10, 9, 9, 0, MarkCounts.of(YES, 9));
        MotionResult result = RESOLUTION.result(new Electorate(58, 50), List.of(electronic(30, 10, 0), paper));
        assertThat(result.turnout().didNotVote().count()).isEqualTo(1);
    }

    @Test
    void morePaperBallotsReturnedThanIssuedIsRefused() {
        Tally<MarkCounts<Choice>> paper = Tally.paper(10, 12, 12, 0, MarkCounts.of(YES, 12));
        assertThat(RESOLUTION.discrepancies(new Electorate(58, 53), List.of(paper)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.code()).isEqualTo(Discrepancy.Code.RETURNED_EXCEEDS_ISSUED);
                    assertThat(d.message()).isEqualTo("Phiếu giấy: số phiếu thu vào (12) nhiều hơn số phiếu phát ra (10).");
                });
    }

    @Test
    void validAndInvalidMustAddUpToReturned() {
        Tally<MarkCounts<Choice>> paper = Tally.paper(10, 10, 8, 1, MarkCounts.of(YES, 8));
        assertThat(RESOLUTION.discrepancies(new Electorate(58, 53), List.of(paper)))
                .extracting(Discrepancy::code, Discrepancy::message)
                .containsExactly(tuple(Discrepancy.Code.VALID_AND_INVALID_NOT_RETURNED,
                        "Phiếu giấy: số phiếu hợp lệ (8) cộng số phiếu không hợp lệ (1) là 9, khác số phiếu thu vào (10)."));
    }

    @Test
    void theChoicesOnValidBallotsMustAddUpToTheValidBallots() {
        Tally<MarkCounts<Choice>> tooFew = Tally.paper(10, 10, 10, 0, MarkCounts.of(YES, 6).with(NO, 3));
        assertThat(RESOLUTION.discrepancies(new Electorate(58, 53), List.of(tooFew)))
                .extracting(Discrepancy::code).containsExactly(Discrepancy.Code.CHOICES_NOT_VALID);
        Tally<MarkCounts<Choice>> tooMany = Tally.paper(10, 10, 10, 0, MarkCounts.of(YES, 8).with(NO, 3));
        assertThat(RESOLUTION.discrepancies(new Electorate(58, 53), List.of(tooMany)))
                .extracting(Discrepancy::message)
                .containsExactly("Phiếu giấy: tổng số phiếu theo các lựa chọn (11) khác số phiếu hợp lệ (10).");
    }

    @Test
    void electronicAndPaperVotersTogetherCannotExceedThosePresent() {
        Tally<MarkCounts<Choice>> paper = Tally.paper(10, 10, 10, 0, MarkCounts.of(YES, 10));
        Electorate electorate = new Electorate(58, 53);
        assertThat(RESOLUTION.discrepancies(electorate, List.of(electronic(30, 10, 3), paper))).isEmpty();
        assertThat(RESOLUTION.discrepancies(electorate, List.of(electronic(30, 10, 4), paper)))
                .extracting(Discrepancy::code, Discrepancy::message)
                .containsExactly(tuple(Discrepancy.Code.MORE_VOTERS_THAN_PRESENT,
                        "Tổng số phiếu điện tử và phiếu giấy thu vào (54) nhiều hơn số đại biểu có mặt (53)."));
    }

    @Test
    void votesForAChoiceTheBallotDoesNotOfferAreRefused() {
        Motion withoutAbstention = new Motion(PassingRule.ABSOLUTE_MAJORITY, EnumSet.of(YES, NO), false);
        Tally<MarkCounts<Choice>> paper = Tally.paper(10, 10, 10, 0, MarkCounts.of(YES, 8).with(ABSTAIN, 2));
        assertThat(withoutAbstention.discrepancies(new Electorate(58, 53), List.of(paper)))
                .extracting(Discrepancy::code).containsExactly(Discrepancy.Code.MARK_NOT_OFFERED);
    }

    @Test
    void everyDiscrepancyIsReportedNotOnlyTheFirst() {
        Tally<MarkCounts<Choice>> paper = Tally.paper(10, 12, 9, 1, MarkCounts.of(YES, 8));
        assertThat(RESOLUTION.discrepancies(new Electorate(58, 53), List.of(paper)))
                .extracting(Discrepancy::code)
                .containsExactly(Discrepancy.Code.RETURNED_EXCEEDS_ISSUED, Discrepancy.Code.VALID_AND_INVALID_NOT_RETURNED,
                        Discrepancy.Code.CHOICES_NOT_VALID);
    }

    @Test
    void aResultOfTalliesThatDoNotAddUpIsRefusedWithTheDiscrepancies() {
        Tally<MarkCounts<Choice>> paper = Tally.paper(10, 12, 12, 0, MarkCounts.of(YES, 12));
        assertThatThrownBy(() -> RESOLUTION.result(new Electorate(58, 53), List.of(paper)))
                .isInstanceOfSatisfying(TallyRejected.class, rejected -> {
                    assertThat(rejected.discrepancies()).extracting(Discrepancy::code)
                            .containsExactly(Discrepancy.Code.RETURNED_EXCEEDS_ISSUED);
                    assertThat(rejected.getMessage()).contains("số phiếu thu vào (12)");
                });
    }

    @Test
    void aCastMustBeAChoiceTheBallotOffers() {
        Motion withoutAbstention = new Motion(PassingRule.ABSOLUTE_MAJORITY, EnumSet.of(YES, NO), false);
        assertThat(withoutAbstention.refusalOf(new MotionCast(YES))).isEmpty();
        assertThat(withoutAbstention.refusalOf(new MotionCast(ABSTAIN)))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo(CastRefusal.Reason.CHOICE_NOT_OFFERED);
                    assertThat(refusal.reason().code()).isEqualTo("choice_not_offered");
                    assertThat(refusal.message()).isEqualTo("Lựa chọn này không có trên phiếu biểu quyết.");
                });
        assertThat(RESOLUTION.refusalOf(new MotionCast(ABSTAIN))).isEmpty();
    }

    @Test
    void aMotionOffersAtLeastYesAndNo() {
        assertThatThrownBy(() -> new Motion(PassingRule.ABSOLUTE_MAJORITY, EnumSet.of(YES, ABSTAIN), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCouncilNamesTheChoices() {
        assertThat(ChoiceLabels.TAN_THANH.of(ABSTAIN)).isEqualTo("Không biểu quyết");
        assertThat(ChoiceLabels.DONG_Y.of(ABSTAIN)).isEqualTo("Phiếu trắng");
        assertThat(new ChoiceLabels("Nhất trí", "Không nhất trí", "Không ý kiến").of(NO)).isEqualTo("Không nhất trí");
        assertThatThrownBy(() -> new ChoiceLabels("Đồng ý", " ", "Phiếu trắng")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeCountsAreRefusedOnEntry() {
        assertThatThrownBy(() -> Tally.paper(-1, 0, 0, 0, MarkCounts.<Choice>none())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkCounts.of(YES, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
