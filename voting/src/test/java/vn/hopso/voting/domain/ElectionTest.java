package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hopso.voting.domain.Choice.ABSTAIN;
import static vn.hopso.voting.domain.Choice.NO;
import static vn.hopso.voting.domain.Choice.YES;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ElectionTest {

    private static final Nominee AN = nominee("Nguyễn Văn An");
    private static final Nominee BINH = nominee("Trần Thị Bình");
    private static final Nominee CUONG = nominee("Lê Văn Cường");
    private static final Nominee DUNG = nominee("Phạm Thị Dung");
    private static final Electorate ALL_58 = new Electorate(58, 58);

    private static Nominee nominee(String name) {
        return new Nominee(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static Election approval(int seats, Nominee... candidates) {
        return Election.firstRound(List.of(candidates), seats, ElectionMode.APPROVAL);
    }

    /** {@code votes} approvals in the order of {@code candidates}, on {@code ballots} valid electronic ballots. */
    private static Tally<NomineeMarks<Choice>> approvals(int ballots, List<Nominee> candidates, int... votes) {
        NomineeMarks<Choice> marks = NomineeMarks.none();
        for (int i = 0; i < votes.length; i++) {
            marks = marks.with(candidates.get(i).id(), YES, votes[i]);
        }
        return Tally.electronic(ballots, marks);
    }

    private static ElectionResult result(Election election, Electorate electorate, int ballots, int... votes) {
        return election.result(electorate, List.of(approvals(ballots, election.candidates(), votes)));
    }

    private static CandidateOutcome outcomeOf(ElectionResult result, Nominee candidate) {
        return result.candidates().stream().filter(c -> c.candidate().equals(candidate)).findFirst().orElseThrow().outcome();
    }

    @Test
    void aCandidateNeedsMoreThanHalfOfTheTotalNotOfThosePresent() {
        Election chair = Election.firstRound(List.of(AN), 1, ElectionMode.FOR_AGAINST);
        Electorate electorate = new Electorate(58, 53);
        Tally<NomineeMarks<Choice>> with29 = Tally.electronic(53, NomineeMarks.<Choice>none().with(AN.id(), YES, 29)
                .with(AN.id(), NO, 24));
        ElectionResult failed = chair.result(electorate, List.of(with29));
        assertThat(failed.candidates()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(CandidateOutcome.NOT_ELECTED);
            assertThat(c.outcome().label()).isEqualTo("Không trúng cử");
            assertThat(c.yes().percentOfTotal()).isEqualTo(new BigDecimal("50.00"));
            assertThat(c.no().count()).isEqualTo(24);
        });
        assertThat(failed.outcome()).isEqualTo(RoundOutcome.NOT_ENOUGH_ELECTED);

        Tally<NomineeMarks<Choice>> with30 = Tally.electronic(53, NomineeMarks.<Choice>none().with(AN.id(), YES, 30)
                .with(AN.id(), NO, 23));
        ElectionResult elected = chair.result(electorate, List.of(with30));
        assertThat(elected.elected()).containsExactly(AN);
        assertThat(elected.candidates().getFirst().outcome().label()).isEqualTo("Trúng cử");
        assertThat(elected.outcome()).isEqualTo(RoundOutcome.COMPLETE);
        assertThat(elected.nextRound()).isEmpty();
    }

    @Test
    void theMostVotedOfThoseReachingTheThresholdTakeTheSeats() {
        Election election = approval(2, AN, BINH, CUONG);
        ElectionResult result = result(election, ALL_58, 58, 45, 40, 31);
        assertThat(result.elected()).containsExactly(AN, BINH);
        assertThat(outcomeOf(result, CUONG)).isEqualTo(CandidateOutcome.NOT_ELECTED);
        assertThat(result.outcome()).isEqualTo(RoundOutcome.COMPLETE);
        assertThat(result.outcome().label()).isEqualTo("Đã bầu đủ số lượng");
        assertThat(result.seatsLeft()).isZero();
        assertThat(result.stillToDecide()).isEmpty();
    }

    @Test
    void aTieForTheLastSeatLeavesThatSeatToARoundAmongTheTied() {
        Election election = approval(2, AN, BINH, CUONG, DUNG);
        ElectionResult result = result(election, ALL_58, 58, 40, 35, 35, 6);

        assertThat(result.elected()).containsExactly(AN);
        assertThat(outcomeOf(result, BINH)).isEqualTo(CandidateOutcome.TIED);
        assertThat(outcomeOf(result, CUONG)).isEqualTo(CandidateOutcome.TIED);
        assertThat(outcomeOf(result, DUNG)).isEqualTo(CandidateOutcome.NOT_ELECTED);
        assertThat(result.outcome()).isEqualTo(RoundOutcome.TIE_FOR_LAST_SEATS);
        assertThat(result.seatsLeft()).isEqualTo(1);
        assertThat(result.stillToDecide()).containsExactly(BINH, CUONG);

        Election second = result.nextRound().orElseThrow();
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.seats()).isEqualTo(1);
        assertThat(second.candidates()).containsExactly(BINH, CUONG);
        assertThat(second.mode()).isEqualTo(ElectionMode.APPROVAL);
        assertThat(second.rule()).isEqualTo(PassingRule.ABSOLUTE_MAJORITY);
    }

    @Test
    void threeLevelForTheLastTwoSeatsAllGoToTheNextRound() {
        Election election = approval(3, AN, BINH, CUONG, DUNG);
        ElectionResult result = result(election, ALL_58, 58, 50, 40, 40, 40);
        assertThat(result.elected()).containsExactly(AN);
        assertThat(result.seatsLeft()).isEqualTo(2);
        assertThat(result.stillToDecide()).containsExactly(BINH, CUONG, DUNG);
        assertThat(result.nextRound().orElseThrow().seats()).isEqualTo(2);
    }

    @Test
    void aTieForTheLastSeatsWhereEveryoneFitsElectsThemAll() {
        Election election = approval(2, AN, BINH);
        ElectionResult result = result(election, ALL_58, 58, 40, 40);
        assertThat(result.elected()).containsExactly(AN, BINH);
        assertThat(result.outcome()).isEqualTo(RoundOutcome.COMPLETE);

        ElectionResult threeOfThree = result(approval(3, AN, BINH, CUONG), ALL_58, 58, 45, 35, 35);
        assertThat(threeOfThree.elected()).containsExactly(AN, BINH, CUONG);
    }

    @Test
    void aTieBelowTheLastSeatDecidesNothingAlthoughBothReachTheThreshold() {
        Nominee em = nominee("Võ Văn Em");
        ElectionResult result = result(approval(3, AN, BINH, CUONG, DUNG, em), ALL_58, 58, 40, 36, 34, 30, 30);
        assertThat(result.elected()).containsExactly(AN, BINH, CUONG);
        assertThat(outcomeOf(result, DUNG)).isEqualTo(CandidateOutcome.NOT_ELECTED);
        assertThat(outcomeOf(result, em)).isEqualTo(CandidateOutcome.NOT_ELECTED);
        assertThat(result.outcome()).isEqualTo(RoundOutcome.COMPLETE);
    }

    @Test
    void oneSeatCannotBeTiedAboveHalfOfTheTotalBecauseEachBallotApprovesOne() {
        Election election = approval(1, AN, BINH);
        assertThat(election.discrepancies(ALL_58, List.of(approvals(58, election.candidates(), 30, 30))))
                .extracting(Discrepancy::code).containsExactly(Discrepancy.Code.APPROVALS_EXCEED_SEATS);
    }

    @Test
    void aTieBelowTheThresholdFailsBothAndLeavesTheSeatsUnfilled() {
        Election election = approval(2, AN, BINH, CUONG);
        ElectionResult result = result(election, ALL_58, 58, 40, 20, 20);

        assertThat(result.elected()).containsExactly(AN);
        assertThat(outcomeOf(result, BINH)).isEqualTo(CandidateOutcome.NOT_ELECTED);
        assertThat(outcomeOf(result, CUONG)).isEqualTo(CandidateOutcome.NOT_ELECTED);
        assertThat(result.outcome()).isEqualTo(RoundOutcome.NOT_ENOUGH_ELECTED);
        assertThat(result.outcome().label()).isEqualTo("Chưa bầu đủ số lượng");
        assertThat(result.seatsLeft()).isEqualTo(1);
        assertThat(result.stillToDecide()).containsExactly(BINH, CUONG);
        assertThat(result.nextRound().orElseThrow().candidates()).containsExactly(BINH, CUONG);
    }

    @Test
    void aTieAtTheThresholdItselfIsStillATie() {
        ElectionResult result = result(approval(2, AN, BINH, CUONG), ALL_58, 58, 50, 30, 30);
        assertThat(result.elected()).containsExactly(AN);
        assertThat(result.outcome()).isEqualTo(RoundOutcome.TIE_FOR_LAST_SEATS);
        assertThat(result.stillToDecide()).containsExactly(BINH, CUONG);
    }

    @Test
    void nobodyElectedLeavesEverySeat() {
        ElectionResult result = result(approval(2, AN, BINH, CUONG), new Electorate(58, 40), 40, 29, 25, 10);
        assertThat(result.elected()).isEmpty();
        assertThat(result.seatsLeft()).isEqualTo(2);
        assertThat(result.stillToDecide()).containsExactly(AN, BINH, CUONG);
    }

    @Test
    void tooFewCandidatesForTheSeatsLeavesNoNextRoundOnceAllAreElected() {
        ElectionResult result = result(approval(3, AN, BINH), ALL_58, 58, 40, 40);
        assertThat(result.outcome()).isEqualTo(RoundOutcome.NOT_ENOUGH_ELECTED);
        assertThat(result.seatsLeft()).isEqualTo(1);
        assertThat(result.stillToDecide()).isEmpty();
        assertThat(result.nextRound()).isEmpty();
    }

    @Test
    void nobodyVotingElectsNobody() {
        Election election = new Election(1, List.of(AN), 1, ElectionMode.APPROVAL,
                new PassingRule(Bound.AT_LEAST, Fraction.HALF, Base.VOTES_CAST));
        ElectionResult result = election.result(new Electorate(58, 0), List.of());
        assertThat(result.elected()).isEmpty();
        assertThat(result.threshold().votesNeeded()).isEqualTo(1);
    }

    @Test
    void electronicCastsAreCountedPerCandidate() {
        Election election = approval(2, AN, BINH, CUONG);
        List<ElectionCast> casts = new ArrayList<>();
        casts.addAll(Collections.nCopies(30, ElectionCast.approving(AN.id(), BINH.id())));
        casts.addAll(Collections.nCopies(20, ElectionCast.approving(CUONG.id())));
        casts.addAll(Collections.nCopies(3, ElectionCast.approving()));
        Tally<NomineeMarks<Choice>> tally = election.electronicTally(casts);

        assertThat(tally.valid()).isEqualTo(53);
        ElectionResult result = election.result(new Electorate(58, 53), List.of(tally));
        assertThat(result.elected()).containsExactly(AN, BINH);
        assertThat(result.candidates().get(2).yes().count()).isEqualTo(20);
        assertThat(result.turnout().didNotVote().count()).isZero();
    }

    @Test
    void electronicAndPaperVotesAreAddedUp() {
        Election election = approval(1, AN, BINH);
        Tally<NomineeMarks<Choice>> electronic = approvals(40, election.candidates(), 25, 15);
        Tally<NomineeMarks<Choice>> paper = Tally.paper(10, 10, 9, 1, NomineeMarks.<Choice>none().with(AN.id(), YES, 5)
                .with(BINH.id(), YES, 4));
        ElectionResult result = election.result(new Electorate(58, 53), List.of(electronic, paper));
        assertThat(result.elected()).containsExactly(AN);
        assertThat(result.candidates().getFirst().yes().count()).isEqualTo(30);
        assertThat(result.turnout().invalid()).isEqualTo(1);
        assertThat(result.turnout().didNotVote().count()).isEqualTo(3);
    }

    @Test
    void aPaperBallotMayCarryUpToOneMarkPerSeat() {
        Election election = approval(2, AN, BINH, CUONG);
        Tally<NomineeMarks<Choice>> full = Tally.paper(10, 10, 10, 0, NomineeMarks.<Choice>none()
                .with(AN.id(), YES, 10).with(BINH.id(), YES, 6).with(CUONG.id(), YES, 4));
        assertThat(election.discrepancies(ALL_58, List.of(full))).isEmpty();

        Tally<NomineeMarks<Choice>> over = Tally.paper(10, 10, 10, 0, NomineeMarks.<Choice>none()
                .with(AN.id(), YES, 10).with(BINH.id(), YES, 6).with(CUONG.id(), YES, 5));
        assertThat(election.discrepancies(ALL_58, List.of(over)))
                .extracting(Discrepancy::code, Discrepancy::message)
                .containsExactly(tuple(Discrepancy.Code.APPROVALS_EXCEED_SEATS,
                        "Phiếu giấy: tổng số lượt bầu (21) nhiều hơn mức tối đa 20 (10 phiếu hợp lệ, mỗi phiếu bầu tối đa 2 người)."));
    }

    @Test
    void aCandidateCannotHaveMoreMarksThanThereAreValidBallots() {
        Election election = Election.firstRound(List.of(AN, BINH, CUONG), 3, ElectionMode.FOR_AGAINST);
        Tally<NomineeMarks<Choice>> paper = Tally.paper(10, 10, 10, 0, NomineeMarks.<Choice>none()
                .with(AN.id(), YES, 8).with(AN.id(), NO, 3));
        assertThat(election.discrepancies(ALL_58, List.of(paper)))
                .extracting(Discrepancy::code, Discrepancy::message)
                .containsExactly(tuple(Discrepancy.Code.MARKS_EXCEED_VALID,
                        "Phiếu giấy: số phiếu của Nguyễn Văn An (11) nhiều hơn số phiếu hợp lệ (10)."));
    }

    @Test
    void votesForSomeoneNotOnTheBallotOrWithAMarkNotOfferedAreRefused() {
        Election election = approval(1, AN, BINH);
        Tally<NomineeMarks<Choice>> paper = Tally.paper(10, 10, 10, 0, NomineeMarks.<Choice>none()
                .with(CUONG.id(), YES, 3).with(AN.id(), NO, 2));
        assertThat(election.discrepancies(ALL_58, List.of(paper))).extracting(Discrepancy::code, Discrepancy::message)
                .containsExactly(
                        tuple(Discrepancy.Code.MARK_NOT_OFFERED, "Phiếu giấy: Nguyễn Văn An có phiếu với lựa chọn không có trên phiếu."),
                        tuple(Discrepancy.Code.NOT_ON_BALLOT, "Phiếu giấy: có 3 phiếu cho người không có tên trên phiếu."));
    }

    @Test
    void theBallotFiguresAndThoseVotingAreCheckedAsForAMotion() {
        Election election = approval(1, AN);
        Tally<NomineeMarks<Choice>> paper = Tally.paper(10, 11, 10, 0, NomineeMarks.<Choice>none().with(AN.id(), YES, 3));
        assertThat(election.discrepancies(new Electorate(58, 5), List.of(paper))).extracting(Discrepancy::code)
                .containsExactly(Discrepancy.Code.RETURNED_EXCEEDS_ISSUED, Discrepancy.Code.VALID_AND_INVALID_NOT_RETURNED,
                        Discrepancy.Code.MORE_VOTERS_THAN_PRESENT);
        assertThatThrownBy(() -> election.result(new Electorate(58, 5), List.of(paper))).isInstanceOf(TallyRejected.class);
    }

    @Test
    void anApprovalCastApprovesAtMostOneCandidatePerSeatEachOnce() {
        Election election = approval(2, AN, BINH, CUONG);
        assertThat(election.refusalOf(ElectionCast.approving(AN.id(), CUONG.id()))).isEmpty();
        assertThat(election.refusalOf(ElectionCast.approving())).isEmpty();
        assertThat(election.refusalOf(ElectionCast.approving(AN.id(), BINH.id(), CUONG.id())))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo(CastRefusal.Reason.TOO_MANY_APPROVALS);
                    assertThat(refusal.message()).isEqualTo("Chỉ được bầu tối đa 2 người.");
                });
        assertThat(election.refusalOf(ElectionCast.approving(AN.id(), AN.id())))
                .map(CastRefusal::reason).hasValue(CastRefusal.Reason.MARKED_TWICE);
        assertThat(election.refusalOf(ElectionCast.approving(DUNG.id())))
                .map(CastRefusal::reason).hasValue(CastRefusal.Reason.NOT_ON_BALLOT);
        assertThat(election.refusalOf(new ElectionCast(List.of(new Mark<>(AN.id(), NO)))))
                .map(CastRefusal::reason).hasValue(CastRefusal.Reason.CHOICE_NOT_OFFERED);
    }

    @Test
    void aForAgainstCastMarksEachCandidateOnceWithNoMoreInFavourThanSeats() {
        Election election = Election.firstRound(List.of(AN, BINH, CUONG), 2, ElectionMode.FOR_AGAINST);
        assertThat(election.refusalOf(new ElectionCast(List.of(new Mark<>(AN.id(), YES), new Mark<>(BINH.id(), NO),
                new Mark<>(CUONG.id(), NO))))).isEmpty();
        assertThat(election.refusalOf(new ElectionCast(List.of(new Mark<>(AN.id(), YES), new Mark<>(BINH.id(), YES),
                new Mark<>(CUONG.id(), YES))))).map(CastRefusal::reason).hasValue(CastRefusal.Reason.TOO_MANY_APPROVALS);
        assertThat(election.refusalOf(new ElectionCast(List.of(new Mark<>(AN.id(), YES), new Mark<>(AN.id(), NO)))))
                .map(CastRefusal::reason).hasValue(CastRefusal.Reason.MARKED_TWICE);
        assertThat(election.refusalOf(new ElectionCast(List.of(new Mark<>(AN.id(), ABSTAIN)))))
                .map(CastRefusal::reason).hasValue(CastRefusal.Reason.CHOICE_NOT_OFFERED);
    }

    @Test
    void aCastOfAnotherKindIsRefused() {
        assertThat(approval(1, AN).refusalOf(new MotionCast(YES)))
                .hasValueSatisfying(refusal -> assertThat(refusal.reason().code()).isEqualTo("wrong_kind"));
        assertThat(Motion.resolution().refusalOf(ElectionCast.approving(AN.id())))
                .map(CastRefusal::reason).hasValue(CastRefusal.Reason.WRONG_KIND);
    }

    @Test
    void anElectionIsSecretAndHasCandidatesSeatsAndARound() {
        assertThat(approval(1, AN).secret()).isTrue();
        assertThatThrownBy(() -> approval(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> approval(0, AN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> approval(1, AN, AN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Election(0, List.of(AN), 1, ElectionMode.APPROVAL, PassingRule.ABSOLUTE_MAJORITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
