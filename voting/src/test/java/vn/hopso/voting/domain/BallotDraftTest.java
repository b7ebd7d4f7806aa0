package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BallotDraftTest {

    private static Ballot ballot(BallotDraft draft) {
        return draft.toBallot(UUID::randomUUID);
    }

    private static String refusal(BallotDraft draft) {
        try {
            ballot(draft);
        } catch (VotingRefused refused) {
            assertThat(refused.refusal().message()).isNotBlank();
            return refused.refusal().code().wire();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aMotionPassesWithMoreThanHalfOfTheTotalUnlessItsRuleSaysOtherwise() {
        assertThat(ballot(new BallotDraft(BallotDraft.Kind.MOTION, false, null, List.of(), null, null)))
                .isEqualTo(Motion.resolution());
        Motion dismissal = (Motion) ballot(new BallotDraft(BallotDraft.Kind.MOTION, true, PassingRule.TWO_THIRDS_OF_TOTAL,
                List.of(), null, null));
        assertThat(dismissal.secret()).isTrue();
        assertThat(dismissal.rule()).isEqualTo(PassingRule.TWO_THIRDS_OF_TOTAL);
    }

    @Test
    void ballotsListingPeopleGiveEachAnIdInTheOrderGiven() {
        Election election = (Election) ballot(new BallotDraft(BallotDraft.Kind.ELECTION, true, null,
                List.of(" Nguyễn Văn An ", "Trần Thị Bình"), 1, null));
        assertThat(election.candidates()).extracting(Nominee::name).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(election.mode()).isEqualTo(ElectionMode.APPROVAL);
        assertThat(ballot(new BallotDraft(BallotDraft.Kind.CONFIDENCE_RATING, true, null, List.of("Lê Văn Cường"), null,
                null))).isInstanceOf(ConfidenceRating.class);
    }

    @Test
    void whatAKindDoesNotHaveOrLacksIsRefusedAsAnInvalidBallot() {
        assertThat(refusal(new BallotDraft(BallotDraft.Kind.MOTION, false, null, List.of("An"), null, null)))
                .isEqualTo("invalid_ballot");
        assertThat(refusal(new BallotDraft(BallotDraft.Kind.ELECTION, false, null, List.of("An"), 1, null)))
                .as("an election is always secret").isEqualTo("invalid_ballot");
        assertThat(refusal(new BallotDraft(BallotDraft.Kind.ELECTION, true, null, List.of("An"), 2, null)))
                .as("more seats than candidates").isEqualTo("invalid_ballot");
        assertThat(refusal(new BallotDraft(BallotDraft.Kind.CONFIDENCE_VOTE, true, null, List.of(), null, null)))
                .isEqualTo("invalid_ballot");
        assertThat(refusal(new BallotDraft(BallotDraft.Kind.CONFIDENCE_VOTE, true, null, List.of("An", "an"), null,
                null))).as("the same name twice").isEqualTo("invalid_ballot");
        assertThat(refusal(new BallotDraft(BallotDraft.Kind.CONFIDENCE_RATING, true, PassingRule.MAJORITY_OF_PRESENT,
                List.of("An"), null, null))).as("the rating's thresholds are the law's").isEqualTo("invalid_ballot");
    }
}
