package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Vòng bầu tiếp theo: the draft a round leaves once its result is announced, and when there is none to hold. */
class NextRoundTest {

    private static final Instant T = Instant.parse("2026-12-08T02:00:00Z");
    private static final Electorate FIVE = new Electorate(5, 5);
    private static final Nominee AN = new Nominee(UUID.randomUUID(), "Nguyễn Văn An");
    private static final Nominee BINH = new Nominee(UUID.randomUUID(), "Trần Thị Bình");
    private static final Nominee CUONG = new Nominee(UUID.randomUUID(), "Lê Văn Cường");
    private static final Election TWO_OF_THREE = Election.firstRound(List.of(AN, BINH, CUONG), 2, ElectionMode.APPROVAL);

    private static Poll draft(Ballot ballot) {
        return Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bầu Phó Chủ tịch HĐND", ballot,
                ChoiceLabels.TAN_THANH, false, T, null);
    }

    private static Poll closed(Ballot ballot) {
        return draft(ballot).opened(T.plusSeconds(60), UUID.randomUUID(), FIVE).closed(T.plusSeconds(120));
    }

    /** The result of the two-of-three election with these approvals of An, Bình and Cường on five valid ballots. */
    private static Supplier<VoteResult> approvals(int an, int binh, int cuong) {
        NomineeMarks<Choice> marks = NomineeMarks.<Choice>none().with(AN.id(), Choice.YES, an)
                .with(BINH.id(), Choice.YES, binh).with(CUONG.id(), Choice.YES, cuong);
        return () -> TWO_OF_THREE.result(FIVE, List.of(Tally.electronic(5, marks)));
    }

    private static String code(Runnable step) {
        try {
            step.run();
        } catch (VotingRefused refused) {
            return refused.refusal().code().wire();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aTieForTheLastSeatLeavesARoundForThatSeatAmongTheTiedLinkedToThisOne() {
        Poll first = closed(TWO_OF_THREE).published(T.plusSeconds(130));
        UUID id = UUID.randomUUID();

        Poll second = first.nextRound(id, T.plusSeconds(200), approvals(4, 3, 3));

        assertThat(second.id()).isEqualTo(id);
        assertThat(second.previousRound()).isEqualTo(first.id());
        assertThat(second.state()).isEqualTo(PollState.DRAFT);
        assertThat(second.createdAt()).isEqualTo(T.plusSeconds(200));
        assertThat(second.sittingId()).isEqualTo(first.sittingId());
        assertThat(second.itemId()).isEqualTo(first.itemId());
        assertThat(second.title()).isEqualTo(first.title());
        assertThat(second.changeAllowed()).isFalse();
        assertThat(second.rerunOf()).isNull();
        Election round = (Election) second.ballot();
        assertThat(round.round()).isEqualTo(2);
        assertThat(round.seats()).isEqualTo(1);
        assertThat(round.candidates()).containsExactly(BINH, CUONG);
        assertThat(round.mode()).isEqualTo(ElectionMode.APPROVAL);
        assertThat(round.rule()).isEqualTo(PassingRule.ABSOLUTE_MAJORITY);
        assertThat(round.secret()).isTrue();
    }

    @Test
    void tooFewElectedLeavesARoundForTheSeatsLeftAmongThoseNotElected() {
        Poll first = closed(TWO_OF_THREE).published(T.plusSeconds(130));

        Election round = (Election) first.nextRound(UUID.randomUUID(), T, approvals(3, 2, 1)).ballot();

        assertThat(round.round()).isEqualTo(2);
        assertThat(round.seats()).isEqualTo(1);
        assertThat(round.candidates()).containsExactly(BINH, CUONG);
    }

    @Test
    void aThirdRoundFollowsTheSecondWithTheSameModeAndRule() {
        Election second = new Election(2, List.of(BINH, CUONG), 1, ElectionMode.FOR_AGAINST,
                PassingRule.ABSOLUTE_MAJORITY);
        Poll round = closed(second).published(T.plusSeconds(130));
        NomineeMarks<Choice> marks = NomineeMarks.<Choice>none().with(BINH.id(), Choice.YES, 2)
                .with(CUONG.id(), Choice.YES, 2);

        Poll third = round.nextRound(UUID.randomUUID(), T,
                () -> second.result(FIVE, List.of(Tally.electronic(5, marks))));

        assertThat(((Election) third.ballot()).round()).isEqualTo(3);
        assertThat(((Election) third.ballot()).mode()).isEqualTo(ElectionMode.FOR_AGAINST);
        assertThat(third.previousRound()).isEqualTo(round.id());
    }

    @Test
    void noNextRoundOnceEverySeatIsFilled() {
        Poll first = closed(TWO_OF_THREE).published(T.plusSeconds(130));

        assertThat(code(() -> first.nextRound(UUID.randomUUID(), T, approvals(4, 3, 2)))).isEqualTo("election_complete");
    }

    @Test
    void aRoundIsFinalOnlyOnceItsResultIsAnnouncedAndNeverWhenAnnulled() {
        Supplier<VoteResult> tie = approvals(4, 3, 3);
        assertThat(code(() -> draft(TWO_OF_THREE).nextRound(UUID.randomUUID(), T, tie))).isEqualTo("ballot_not_published");
        assertThat(code(() -> draft(TWO_OF_THREE).opened(T, UUID.randomUUID(), FIVE).nextRound(UUID.randomUUID(), T, tie)))
                .isEqualTo("ballot_not_published");
        assertThat(code(() -> closed(TWO_OF_THREE).nextRound(UUID.randomUUID(), T, tie)))
                .as("a paper count may still change a closed round").isEqualTo("ballot_not_published");
        assertThat(code(() -> closed(TWO_OF_THREE).published(T.plusSeconds(130)).annulled(T.plusSeconds(140), "Sai sót")
                .nextRound(UUID.randomUUID(), T, tie))).isEqualTo("ballot_annulled");
    }

    @Test
    void onlyAnElectionHasRoundsAndNothingIsCountedToSayNo() {
        Supplier<VoteResult> never = () -> {
            throw new AssertionError("counted although refused");
        };
        Poll motion = draft(Motion.resolution()).opened(T, UUID.randomUUID(), FIVE).closed(T.plusSeconds(60))
                .published(T.plusSeconds(70));

        assertThat(code(() -> motion.nextRound(UUID.randomUUID(), T, never))).isEqualTo("not_an_election");
        assertThat(code(() -> closed(TWO_OF_THREE).nextRound(UUID.randomUUID(), T, never)))
                .isEqualTo("ballot_not_published");
    }

    @Test
    void theResultOfAnotherBallotIsAMistakeOfTheCaller() {
        Poll other = closed(Election.firstRound(List.of(AN, BINH), 1, ElectionMode.APPROVAL)).published(T);

        assertThatThrownBy(() -> other.nextRound(UUID.randomUUID(), T, approvals(4, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
