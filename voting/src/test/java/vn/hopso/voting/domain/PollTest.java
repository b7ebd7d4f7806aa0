package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PollTest {

    private static final Instant T = Instant.parse("2026-12-08T02:00:00Z");
    private static final UUID SNAPSHOT = UUID.randomUUID();
    private static final Electorate ELECTORATE = new Electorate(58, 53);

    private static Poll draft(Ballot ballot, boolean changeAllowed) {
        return Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "  Nghị quyết dự toán 2027 ", ballot,
                ChoiceLabels.TAN_THANH, changeAllowed, T, null);
    }

    private static Poll open(Ballot ballot, boolean changeAllowed) {
        return draft(ballot, changeAllowed).opened(T.plusSeconds(60), SNAPSHOT, ELECTORATE);
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
    void aBallotGoesFromDraftThroughOpenAndClosedToPublished() {
        Poll draft = draft(Motion.resolution(), true);
        assertThat(draft.title()).isEqualTo("Nghị quyết dự toán 2027");
        assertThat(draft.putToVote()).isFalse();
        Poll open = draft.opened(T.plusSeconds(60), SNAPSHOT, ELECTORATE);
        assertThat(open.state()).isEqualTo(PollState.OPEN);
        assertThat(open.opening().electorate()).isEqualTo(ELECTORATE);
        assertThat(open.putToVote()).isTrue();
        Poll closed = open.closed(T.plusSeconds(120));
        assertThat(closed.counted()).isTrue();
        Poll published = closed.published(T.plusSeconds(130));
        assertThat(published.state()).isEqualTo(PollState.PUBLISHED);
        assertThat(published.closedAt()).isEqualTo(T.plusSeconds(120));
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheirCodes() {
        Poll draft = draft(Motion.resolution(), true);
        Poll open = draft.opened(T, SNAPSHOT, ELECTORATE);
        assertThat(code(() -> open.opened(T, SNAPSHOT, ELECTORATE))).isEqualTo("ballot_not_draft");
        assertThat(code(() -> draft.closed(T))).isEqualTo("ballot_not_open");
        assertThat(code(() -> open.published(T))).isEqualTo("ballot_not_closed");
        assertThat(code(() -> open.closed(T).published(T).published(T))).isEqualTo("ballot_not_closed");
        assertThat(code(() -> open.closed(T).decide(new MotionCast(Choice.YES), null))).isEqualTo("ballot_not_open");
        assertThat(code(() -> open.annulled(T, " "))).isEqualTo("annul_reason_required");
        Poll annulled = open.annulled(T, "Sự cố thiết bị biểu quyết");
        assertThat(annulled.annulment().reason()).isEqualTo("Sự cố thiết bị biểu quyết");
        assertThat(annulled.counted()).isFalse();
        assertThat(code(() -> annulled.closed(T))).isEqualTo("ballot_annulled");
        assertThat(code(() -> annulled.annulled(T, "lại"))).isEqualTo("ballot_annulled");
        assertThat(code(() -> open.requireRerunnableAs(open.itemId()))).isEqualTo("not_a_rerun");
        annulled.requireRerunnableAs(annulled.itemId());
        assertThat(code(() -> annulled.requireRerunnableAs(UUID.randomUUID()))).isEqualTo("not_a_rerun");
    }

    @Test
    void aNamedVoteMayChangeBeforeCloseAndTheSameVoteAgainChangesNothing() {
        Poll open = open(Motion.resolution(), true);
        assertThat(open.decide(new MotionCast(Choice.YES), null)).isEqualTo(new CastDecision.First());
        assertThat(open.decide(new MotionCast(Choice.YES), new RecordedVote(new MotionCast(Choice.YES))))
                .isEqualTo(new CastDecision.Same());
        assertThat(open.decide(new MotionCast(Choice.NO), new RecordedVote(new MotionCast(Choice.YES))))
                .isEqualTo(new CastDecision.Change(new MotionCast(Choice.YES)));
        Poll fixed = open(Motion.resolution(), false);
        assertThat(code(() -> fixed.decide(new MotionCast(Choice.NO), new RecordedVote(new MotionCast(Choice.YES)))))
                .isEqualTo("already_voted");
    }

    @Test
    void aSecretVoteIsNeverChangedNorEvenRepeated() {
        Motion secret = new Motion(PassingRule.ABSOLUTE_MAJORITY, java.util.EnumSet.allOf(Choice.class), true);
        assertThatThrownBy(() -> draft(secret, true)).isInstanceOf(IllegalArgumentException.class);
        Poll open = open(secret, false);
        assertThat(code(() -> open.decide(new MotionCast(Choice.YES), new RecordedVote(null)))).isEqualTo("already_voted");
    }

    @Test
    void aVoteTheBallotDoesNotOfferIsRefusedByItsRules() {
        Nominee an = new Nominee(UUID.randomUUID(), "Nguyễn Văn An");
        Poll election = open(Election.firstRound(List.of(an), 1, ElectionMode.APPROVAL), false);
        assertThat(code(() -> election.decide(new MotionCast(Choice.YES), null))).isEqualTo("wrong_kind");
        assertThat(code(() -> election.decide(ElectionCast.approving(UUID.randomUUID()), null)))
                .isEqualTo("not_on_ballot");
        assertThat(code(() -> election.decide(new ElectionCast(List.of(new Mark<>(an.id(), Choice.NO))), null)))
                .isEqualTo("choice_not_offered");
    }

    @Test
    void theTitleIsOneToThreeHundredCharacters() {
        assertThatThrownBy(() -> Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), " ",
                Motion.resolution(), ChoiceLabels.TAN_THANH, true, T, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "x".repeat(301),
                Motion.resolution(), ChoiceLabels.TAN_THANH, true, T, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountdownOfTenSecondsToAnHourClosesTheBallotWhenItRunsOut() {
        Instant opening = T.plusSeconds(60);
        Poll open = draft(Motion.resolution(), true).opened(opening, SNAPSHOT, ELECTORATE, Duration.ofSeconds(90));

        assertThat(open.opening().closesAt()).isEqualTo(opening.plusSeconds(90));
        assertThat(open.overdue(opening.plusSeconds(90).minusNanos(1))).isFalse();
        assertThat(open.overdue(opening.plusSeconds(90))).isTrue();
        assertThat(open.closed(opening.plusSeconds(30)).overdue(opening.plusSeconds(90)))
                .as("closed by the chair before the time ran out").isFalse();
        assertThat(open(Motion.resolution(), true).overdue(T.plus(Duration.ofDays(30))))
                .as("without a countdown only the chair closes it").isFalse();
        assertThat(draft(Motion.resolution(), true).opened(opening, SNAPSHOT, ELECTORATE, Duration.ofSeconds(10))
                .opening().closesAt()).isEqualTo(opening.plusSeconds(10));
        assertThat(draft(Motion.resolution(), true).opened(opening, SNAPSHOT, ELECTORATE, Duration.ofHours(1))
                .opening().closesAt()).isEqualTo(opening.plusSeconds(3600));
    }

    @Test
    void aCountdownShorterThanTenSecondsOrLongerThanAnHourIsRefused() {
        Poll draft = draft(Motion.resolution(), true);
        for (Duration countdown : List.of(Duration.ofMillis(9999), Duration.ZERO, Duration.ofSeconds(-30),
                Duration.ofSeconds(3601))) {
            assertThat(code(() -> draft.opened(T, SNAPSHOT, ELECTORATE, countdown))).as(countdown.toString())
                    .isEqualTo("countdown_out_of_range");
        }
    }
}
