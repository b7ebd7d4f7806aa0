package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hopso.voting.domain.Confidence.NO_TRUST;
import static vn.hopso.voting.domain.Confidence.TRUST;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfidenceVoteTest {

    private static final Nominee DIRECTOR = nominee("Giám đốc Sở Tài chính");
    private static final Nominee VICE_CHAIR = nominee("Phó Chủ tịch UBND");
    private static final ConfidenceVote BALLOT = ConfidenceVote.of(List.of(DIRECTOR, VICE_CHAIR));

    private static Nominee nominee(String name) {
        return new Nominee(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static OfficeHolderConfidence directorWithNoTrust(ConfidenceVote ballot, int noTrust, Electorate electorate) {
        int ballots = electorate.present();
        Tally<NomineeMarks<Confidence>> tally = Tally.electronic(ballots, NomineeMarks.<Confidence>none()
                .with(DIRECTOR.id(), NO_TRUST, noTrust).with(DIRECTOR.id(), TRUST, ballots - noTrust));
        return ballot.result(electorate, List.of(tally)).officeHolders().getFirst();
    }

    @Test
    void byDefaultConfidenceIsLostWithNoTrustFromMoreThanHalfOfTheTotal() {
        Electorate electorate = new Electorate(58, 53);
        OfficeHolderConfidence kept = directorWithNoTrust(BALLOT, 29, electorate);
        assertThat(kept.outcome()).isEqualTo(ConfidenceOutcome.NO_CONFIDENCE_NOT_REACHED);
        assertThat(kept.outcome().label()).isEqualTo("Không đủ số phiếu không tín nhiệm");
        assertThat(kept.noTrust().percentOfTotal()).isEqualTo(new BigDecimal("50.00"));
        assertThat(kept.trust().count()).isEqualTo(24);

        OfficeHolderConfidence lost = directorWithNoTrust(BALLOT, 30, electorate);
        assertThat(lost.outcome()).isEqualTo(ConfidenceOutcome.NO_CONFIDENCE);
        assertThat(lost.outcome().label()).isEqualTo("Đủ số phiếu không tín nhiệm, trình miễn nhiệm");
    }

    @Test
    void theCouncilMaySetAnotherRule() {
        ConfidenceVote twoThirds = new ConfidenceVote(List.of(DIRECTOR), PassingRule.TWO_THIRDS_OF_TOTAL);
        Electorate electorate = new Electorate(60, 60);
        assertThat(directorWithNoTrust(twoThirds, 39, electorate).outcome()).isEqualTo(ConfidenceOutcome.NO_CONFIDENCE_NOT_REACHED);
        assertThat(directorWithNoTrust(twoThirds, 40, electorate).outcome()).isEqualTo(ConfidenceOutcome.NO_CONFIDENCE);
    }

    @Test
    void eachOfficeHolderIsDecidedOnTheirOwnVotes() {
        Electorate electorate = new Electorate(58, 58);
        List<ConfidenceCast> casts = new ArrayList<>();
        for (int i = 0; i < 58; i++) {
            casts.add(new ConfidenceCast(List.of(new Mark<>(DIRECTOR.id(), i < 35 ? NO_TRUST : TRUST),
                    new Mark<>(VICE_CHAIR.id(), i < 10 ? NO_TRUST : TRUST))));
        }
        ConfidenceVoteResult result = BALLOT.result(electorate, List.of(BALLOT.electronicTally(casts)));
        assertThat(result.officeHolders()).extracting(OfficeHolderConfidence::outcome)
                .containsExactly(ConfidenceOutcome.NO_CONFIDENCE, ConfidenceOutcome.NO_CONFIDENCE_NOT_REACHED);
        assertThat(result.threshold().votesNeeded()).isEqualTo(30);
        assertThat(result.officeHolders().get(1).trust().percentOfTotal()).isEqualTo(new BigDecimal("82.76"));
    }

    @Test
    void paperCountsAreCheckedAndAddedUp() {
        Tally<NomineeMarks<Confidence>> electronic = Tally.electronic(40, NomineeMarks.<Confidence>none()
                .with(DIRECTOR.id(), NO_TRUST, 25).with(DIRECTOR.id(), TRUST, 15));
        Tally<NomineeMarks<Confidence>> paper = Tally.paper(10, 10, 10, 0, NomineeMarks.<Confidence>none()
                .with(DIRECTOR.id(), NO_TRUST, 5).with(DIRECTOR.id(), TRUST, 5));
        ConfidenceVoteResult result = BALLOT.result(new Electorate(58, 53), List.of(electronic, paper));
        assertThat(result.officeHolders().getFirst().noTrust().count()).isEqualTo(30);
        assertThat(result.officeHolders().getFirst().outcome()).isEqualTo(ConfidenceOutcome.NO_CONFIDENCE);

        Tally<NomineeMarks<Confidence>> overMarked = Tally.paper(10, 10, 10, 0, NomineeMarks.<Confidence>none()
                .with(DIRECTOR.id(), NO_TRUST, 6).with(DIRECTOR.id(), TRUST, 5));
        assertThat(BALLOT.discrepancies(new Electorate(58, 53), List.of(electronic, overMarked)))
                .extracting(Discrepancy::code).containsExactly(Discrepancy.Code.MARKS_EXCEED_VALID);
    }

    @Test
    void aCastAnswersOnlyForOfficeHoldersOnTheBallotEachOnce() {
        assertThat(BALLOT.refusalOf(new ConfidenceCast(List.of(new Mark<>(DIRECTOR.id(), TRUST))))).isEmpty();
        assertThat(BALLOT.refusalOf(new ConfidenceCast(List.of(new Mark<>(DIRECTOR.id(), TRUST),
                new Mark<>(DIRECTOR.id(), NO_TRUST))))).map(CastRefusal::reason).hasValue(CastRefusal.Reason.MARKED_TWICE);
        assertThat(BALLOT.refusalOf(new ConfidenceCast(List.of(new Mark<>(nominee("Người khác").id(), TRUST)))))
                .map(CastRefusal::reason).hasValue(CastRefusal.Reason.NOT_ON_BALLOT);
        assertThat(BALLOT.refusalOf(new RatingCast(List.of()))).map(CastRefusal::reason)
                .hasValue(CastRefusal.Reason.WRONG_KIND);
    }

    @Test
    void aConfidenceVoteIsSecret() {
        assertThat(BALLOT.secret()).isTrue();
        assertThat(BALLOT.noConfidenceRule()).isEqualTo(PassingRule.ABSOLUTE_MAJORITY);
        assertThat(NO_TRUST.label()).isEqualTo("Không tín nhiệm");
        assertThatThrownBy(() -> ConfidenceVote.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
