package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hopso.voting.domain.Rating.HIGH;
import static vn.hopso.voting.domain.Rating.LOW;
import static vn.hopso.voting.domain.Rating.MEDIUM;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceRatingTest {

    private static final Nominee CHAIR = nominee("Chủ tịch HĐND");
    private static final Nominee VICE_CHAIR = nominee("Phó Chủ tịch HĐND");
    private static final ConfidenceRating BALLOT = new ConfidenceRating(List.of(CHAIR, VICE_CHAIR));

    private static Nominee nominee(String name) {
        return new Nominee(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static OfficeHolderRating chairRatedLowBy(int low, Electorate electorate) {
        int ballots = electorate.present();
        Tally<NomineeMarks<Rating>> tally = Tally.electronic(ballots, NomineeMarks.<Rating>none()
                .with(CHAIR.id(), LOW, low).with(CHAIR.id(), MEDIUM, ballots - low));
        return BALLOT.result(electorate, List.of(tally)).officeHolders().getFirst();
    }

    @ParameterizedTest(name = "{1} of {0} rating low: {2}")
    @CsvSource({
        "58, 29, NONE", "58, 30, MAY_RESIGN", "58, 38, MAY_RESIGN", "58, 39, DISMISSAL_PROPOSED",
        "60, 30, NONE", "60, 31, MAY_RESIGN", "60, 39, MAY_RESIGN", "60, 40, DISMISSAL_PROPOSED",
        "1, 0, NONE", "1, 1, DISMISSAL_PROPOSED",
        // with three delegates more than half is already two thirds: there is no "may resign"
        "3, 1, NONE", "3, 2, DISMISSAL_PROPOSED"})
    void lowRatingsOfTheTotalDecideTheConsequence(int total, int low, RatingConsequence consequence) {
        assertThat(chairRatedLowBy(low, new Electorate(total, total)).consequence()).isEqualTo(consequence);
    }

    @Test
    void theShareIsOfTheTotalNotOfThosePresent() {
        // 29 of 40 present is almost three quarters, but only half of the 58 elected
        assertThat(chairRatedLowBy(29, new Electorate(58, 40)).consequence()).isEqualTo(RatingConsequence.NONE);
        assertThat(chairRatedLowBy(30, new Electorate(58, 40)).consequence()).isEqualTo(RatingConsequence.MAY_RESIGN);
    }

    @Test
    void eachOfficeHolderHasCountsAndSharesOfTheTotalAtEachLevel() {
        Electorate electorate = new Electorate(58, 53);
        Tally<NomineeMarks<Rating>> tally = Tally.electronic(53, NomineeMarks.<Rating>none()
                .with(CHAIR.id(), HIGH, 40).with(CHAIR.id(), MEDIUM, 10).with(CHAIR.id(), LOW, 3)
                .with(VICE_CHAIR.id(), HIGH, 10).with(VICE_CHAIR.id(), MEDIUM, 10).with(VICE_CHAIR.id(), LOW, 33));
        ConfidenceRatingResult result = BALLOT.result(electorate, List.of(tally));

        assertThat(result.officeHolders()).extracting(OfficeHolderRating::officeHolder).containsExactly(CHAIR, VICE_CHAIR);
        OfficeHolderRating chair = result.officeHolders().get(0);
        assertThat(chair.high().count()).isEqualTo(40);
        assertThat(chair.high().percentOfTotal()).isEqualTo(new BigDecimal("68.97"));
        assertThat(chair.medium().percentOfTotal()).isEqualTo(new BigDecimal("17.24"));
        assertThat(chair.low().percentOfTotal()).isEqualTo(new BigDecimal("5.17"));
        assertThat(chair.consequence()).isEqualTo(RatingConsequence.NONE);
        OfficeHolderRating viceChair = result.officeHolders().get(1);
        assertThat(viceChair.low().percentOfTotal()).isEqualTo(new BigDecimal("56.90"));
        assertThat(viceChair.consequence()).isEqualTo(RatingConsequence.MAY_RESIGN);
        assertThat(viceChair.consequence().label()).isEqualTo("Có thể xin từ chức");
        assertThat(result.mayResign().votesNeeded()).isEqualTo(30);
        assertThat(result.dismissal().votesNeeded()).isEqualTo(39);
        assertThat(RatingConsequence.DISMISSAL_PROPOSED.label()).isEqualTo("Đề nghị miễn nhiệm");
    }

    @Test
    void electronicAndPaperBallotsAreAddedUp() {
        List<RatingCast> casts = List.of(
                new RatingCast(List.of(new Mark<>(CHAIR.id(), LOW), new Mark<>(VICE_CHAIR.id(), HIGH))),
                new RatingCast(List.of(new Mark<>(CHAIR.id(), LOW))));
        Tally<NomineeMarks<Rating>> paper = Tally.paper(2, 2, 1, 1, NomineeMarks.<Rating>none().with(CHAIR.id(), LOW, 1));
        ConfidenceRatingResult result = BALLOT.result(new Electorate(5, 4), List.of(BALLOT.electronicTally(casts), paper));

        assertThat(result.officeHolders().get(0).low().count()).isEqualTo(3);
        assertThat(result.officeHolders().get(0).consequence()).isEqualTo(RatingConsequence.MAY_RESIGN);
        assertThat(result.officeHolders().get(1).high().count()).isEqualTo(1);
        assertThat(result.turnout().valid()).isEqualTo(3);
        assertThat(result.turnout().invalid()).isEqualTo(1);
        assertThat(result.turnout().didNotVote().count()).isZero();
    }

    @Test
    void anOfficeHolderCannotBeRatedOnMoreBallotsThanAreValid() {
        Tally<NomineeMarks<Rating>> paper = Tally.paper(10, 10, 10, 0, NomineeMarks.<Rating>none()
                .with(CHAIR.id(), HIGH, 6).with(CHAIR.id(), LOW, 5));
        assertThat(BALLOT.discrepancies(new Electorate(58, 53), List.of(paper)))
                .extracting(Discrepancy::code, Discrepancy::message)
                .containsExactly(tuple(Discrepancy.Code.MARKS_EXCEED_VALID,
                        "Phiếu giấy: số phiếu của Chủ tịch HĐND (11) nhiều hơn số phiếu hợp lệ (10)."));
    }

    @Test
    void ratingsOfSomeoneNotOnTheBallotAreRefused() {
        Tally<NomineeMarks<Rating>> paper = Tally.paper(10, 10, 10, 0, NomineeMarks.<Rating>none()
                .with(nominee("Người khác").id(), LOW, 4));
        assertThat(BALLOT.discrepancies(new Electorate(58, 53), List.of(paper)))
                .extracting(Discrepancy::message)
                .containsExactly("Phiếu giấy: có 4 phiếu cho người không có tên trên phiếu.");
    }

    @Test
    void aCastRatesOnlyOfficeHoldersOnTheBallotEachOnce() {
        assertThat(BALLOT.refusalOf(new RatingCast(List.of(new Mark<>(CHAIR.id(), HIGH), new Mark<>(VICE_CHAIR.id(), LOW)))))
                .isEmpty();
        assertThat(BALLOT.refusalOf(new RatingCast(List.of(new Mark<>(CHAIR.id(), HIGH))))).isEmpty();
        assertThat(BALLOT.refusalOf(new RatingCast(List.of(new Mark<>(CHAIR.id(), HIGH), new Mark<>(CHAIR.id(), LOW)))))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo(CastRefusal.Reason.MARKED_TWICE);
                    assertThat(refusal.message()).isEqualTo("Mỗi người trên phiếu chỉ được đánh dấu một lần.");
                });
        assertThat(BALLOT.refusalOf(new RatingCast(List.of(new Mark<>(nominee("Người khác").id(), LOW)))))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo(CastRefusal.Reason.NOT_ON_BALLOT);
                    assertThat(refusal.message()).isEqualTo("Người được chọn không có tên trên phiếu.");
                });
        assertThat(BALLOT.refusalOf(new MotionCast(Choice.YES))).map(CastRefusal::reason)
                .hasValue(CastRefusal.Reason.WRONG_KIND);
    }

    @Test
    void aConfidenceRatingIsSecretAndListsEachOfficeHolderOnce() {
        assertThat(BALLOT.secret()).isTrue();
        assertThatThrownBy(() -> new ConfidenceRating(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceRating(List.of(CHAIR, CHAIR))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rating.LOW.label()).isEqualTo("Tín nhiệm thấp");
        assertThat(Rating.HIGH.label()).isEqualTo("Tín nhiệm cao");
    }
}
