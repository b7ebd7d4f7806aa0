package vn.hopso.meeting.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.CastDecision;
import vn.hopso.voting.domain.Choice;
import vn.hopso.voting.domain.ChoiceLabels;
import vn.hopso.voting.domain.ConfidenceRating;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Election;
import vn.hopso.voting.domain.ElectionMode;
import vn.hopso.voting.domain.Elector;
import vn.hopso.voting.domain.Electorate;
import vn.hopso.voting.domain.Mark;
import vn.hopso.voting.domain.Motion;
import vn.hopso.voting.domain.MotionCast;
import vn.hopso.voting.domain.Nominee;
import vn.hopso.voting.domain.PassingRule;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;
import vn.hopso.voting.domain.Rating;
import vn.hopso.voting.domain.RatingCast;
import vn.hopso.voting.domain.RecordedVote;

/**
 * The voting module's store on the server's PostgreSQL, migration V18: ballots read back as stored, one counted vote
 * per delegate enforced by the database, named votes kept and changed, secret votes kept as counters only.
 */
class JdbcBallotStoreTest extends ServerTest {

    private static final Instant T = Instant.parse("2026-12-08T02:00:00Z");

    @Autowired
    private BallotStore store;

    @Autowired
    private TransactionTemplate transactions;

    private UUID sitting;
    private UUID item;
    private UUID snapshot;
    private List<Elector> electors;
    private int drafts;

    @BeforeEach
    void aSittingWithThreeDelegatesPresent() {
        Organisation council = fixtures().council("HĐND tỉnh Kho Phiếu");
        electors = List.of(elector(fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An")),
                elector(fixtures().member(council, Role.DELEGATE, "Trần Thị Bình")),
                elector(fixtures().member(council, Role.DELEGATE, "Lê Văn Cường")));
        UUID session = UUID.randomUUID();
        jdbc.sql("insert into sessions (id, organisation_id, name, starts_on, ends_on) values (?, ?, 'Kỳ họp', "
                + "date '2026-12-08', date '2026-12-09')").params(session, council.id()).update();
        sitting = UUID.randomUUID();
        jdbc.sql("insert into sittings (id, session_id, organisation_id, title, starts_at, closed, state) "
                + "values (?, ?, ?, 'Phiên khai mạc', ?, false, 'IN_PROGRESS')")
                .params(sitting, session, council.id(), Timestamp.from(T)).update();
        item = UUID.randomUUID();
        jdbc.sql("insert into agenda_items (id, sitting_id, position, title, closed, state, added_late) "
                + "values (?, ?, 1, 'Dự toán ngân sách 2027', false, 'PUBLISHED', false)").params(item, sitting).update();
        snapshot = UUID.randomUUID();
        jdbc.sql("insert into presence_snapshots (id, sitting_id, taken_by, taken_at, present, total_elected, required, "
                + "quorate, present_memberships) values (?, ?, ?, ?, 3, 5, 4, false, '{}')")
                .params(snapshot, sitting, electors.getFirst().accountId(), Timestamp.from(T)).update();
    }

    @Test
    void ballotsOfEveryKindReadBackAsStored() {
        Nominee an = new Nominee(UUID.randomUUID(), "Nguyễn Văn An");
        Nominee binh = new Nominee(UUID.randomUUID(), "Trần Thị Bình");
        Poll motion = draft(new Motion(PassingRule.TWO_THIRDS_OF_TOTAL, EnumSet.of(Choice.YES, Choice.NO), false), true);
        Poll election = draft(new Election(2, List.of(binh, an), 1, ElectionMode.FOR_AGAINST,
                PassingRule.ABSOLUTE_MAJORITY), false);
        Poll rating = draft(new ConfidenceRating(List.of(an, binh)), false);
        inTransaction(() -> {
            List.of(motion, election, rating).forEach(store::create);
            return null;
        });

        assertThat(store.find(motion.id())).contains(motion);
        assertThat(store.find(election.id())).contains(election);
        assertThat(store.ofSitting(sitting)).containsExactly(motion, election, rating);

        Poll open = motion.opened(T.plusSeconds(5), snapshot, new Electorate(5, 3));
        inTransaction(() -> {
            store.save(open);
            store.enrol(open, electors);
            return null;
        });
        assertThat(store.find(motion.id())).contains(open);
        assertThat(store.elector(open.id(), electors.get(1).accountId())).contains(electors.get(1));
        assertThat(store.elector(open.id(), UUID.randomUUID())).isEmpty();
        assertThat(store.electors(open.id())).as("by name").containsExactly(electors.get(2), electors.get(0),
                electors.get(1));
        assertThat(store.electors(election.id())).as("nobody before the opening").isEmpty();
        assertThat(store.counted(open)).isEqualTo(new Counting.Counted(0, Map.of(
                new Counting.Slot(null, "YES"), 0, new Counting.Slot(null, "NO"), 0)));
    }

    @Test
    void aNamedVoteIsKeptWithItsTimeAndMayChangeWhileTheCountersFollow() {
        Poll poll = opened(draft(Motion.resolution(), true));
        Elector an = electors.getFirst();
        record(poll, an, new MotionCast(Choice.YES), null);
        record(poll, electors.get(1), new MotionCast(Choice.YES), null);
        RecordedVote earlier = store.voteOf(poll, an.membershipId()).orElseThrow();
        assertThat(earlier.cast()).isEqualTo(new MotionCast(Choice.YES));
        record(poll, an, new MotionCast(Choice.NO), earlier);
        record(poll, an, new MotionCast(Choice.NO), store.voteOf(poll, an.membershipId()).orElseThrow());

        assertThat(store.voters(poll.id())).isEqualTo(2);
        assertThat(store.counted(poll).counts()).containsEntry(new Counting.Slot(null, "YES"), 1)
                .containsEntry(new Counting.Slot(null, "NO"), 1).containsEntry(new Counting.Slot(null, "ABSTAIN"), 0);
        assertThat(store.namedVotes(poll)).extracting(vote -> vote.elector().fullName(), BallotStore.NamedVote::cast)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", new MotionCast(Choice.NO)),
                        org.assertj.core.groups.Tuple.tuple("Trần Thị Bình", new MotionCast(Choice.YES)));
        assertThat(store.namedVotes(poll).getFirst().changedAt()).isAfter(store.namedVotes(poll).getFirst().castAt());
        assertThat(store.votesOf(an.accountId(), List.of(poll))).containsEntry(poll.id(),
                new RecordedVote(new MotionCast(Choice.NO)));
    }

    @Test
    void aSecretVoteLeavesOnlyThatTheDelegateVotedAndTheCounters() {
        Nominee an = new Nominee(UUID.randomUUID(), "Nguyễn Văn An");
        Nominee binh = new Nominee(UUID.randomUUID(), "Trần Thị Bình");
        Poll poll = opened(draft(new ConfidenceRating(List.of(an, binh)), false));
        record(poll, electors.get(0), new RatingCast(List.of(new Mark<>(an.id(), Rating.LOW))), null);
        record(poll, electors.get(1), new RatingCast(List.of(new Mark<>(an.id(), Rating.HIGH),
                new Mark<>(binh.id(), Rating.LOW))), null);

        assertThat(jdbc.sql("select count(*) from ballot_votes where ballot_id = ? and (marks is not null "
                + "or cast_at is not null or changed_at is not null)").param(poll.id()).query(Integer.class).single())
                .as("a secret ballot's record of who voted says neither what nor when").isZero();
        assertThat(store.voteOf(poll, electors.getFirst().membershipId())).contains(new RecordedVote(null));
        assertThat(store.namedVotes(poll)).isEmpty();
        assertThat(store.counted(poll)).isEqualTo(new Counting.Counted(2, Map.of(
                new Counting.Slot(an.id(), "HIGH"), 1, new Counting.Slot(an.id(), "MEDIUM"), 0,
                new Counting.Slot(an.id(), "LOW"), 1, new Counting.Slot(binh.id(), "HIGH"), 0,
                new Counting.Slot(binh.id(), "MEDIUM"), 0, new Counting.Slot(binh.id(), "LOW"), 1)));
        assertThat(counterTransactions(poll)).as("each vote rewrote every counter of the ballot").hasSize(1);

        inTransaction(() -> {
            store.seal(poll.id());
            return null;
        });
        long sealedBy = counterTransactions(poll).getFirst();
        assertThat(jdbc.sql("select xmin::text::bigint from ballot_votes where ballot_id = ?").param(poll.id())
                .query(Long.class).list()).doesNotContain(sealedBy);
    }

    @Test
    void theDatabaseCountsOneVotePerDelegateAndOnlyFromThoseEntitled() {
        Poll poll = opened(draft(Motion.resolution(), true));
        record(poll, electors.getFirst(), new MotionCast(Choice.YES), null);

        assertThatThrownBy(() -> record(poll, electors.getFirst(), new MotionCast(Choice.NO), null))
                .as("a second first vote of the same delegate").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into ballot_votes (ballot_id, membership_id) values (?, ?)")
                .params(poll.id(), UUID.randomUUID()).update())
                .as("a vote of someone not entitled").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(store.voters(poll.id())).isEqualTo(1);
        assertThat(store.counted(poll).count(new Counting.Slot(null, "YES"))).isEqualTo(1);
        assertThat(store.counted(poll).count(new Counting.Slot(null, "NO"))).isZero();
    }

    @Test
    void aSittingHasOneOpenBallotAtATime() {
        opened(draft(Motion.resolution(), true));
        Poll second = draft(Motion.resolution(), true);
        inTransaction(() -> {
            store.create(second);
            return null;
        });
        assertThatThrownBy(() -> inTransaction(() -> {
            store.save(second.opened(T, snapshot, new Electorate(5, 3)));
            return null;
        })).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aRoundReadsBackWithTheRoundItFollowsAndHasOneNextRoundWhoeverAsks() {
        Nominee an = new Nominee(UUID.randomUUID(), "Nguyễn Văn An");
        Nominee binh = new Nominee(UUID.randomUUID(), "Trần Thị Bình");
        Poll first = draft(Election.firstRound(List.of(an, binh), 1, ElectionMode.APPROVAL), false);
        Poll second = roundAfter(first, List.of(an, binh));
        inTransaction(() -> {
            store.create(first);
            store.create(second);
            return null;
        });

        assertThat(store.find(second.id())).contains(second);
        assertThat(store.find(second.id()).orElseThrow().previousRound()).isEqualTo(first.id());
        assertThat(store.verify(second).intact()).isTrue();
        assertThatThrownBy(() -> inTransaction(() -> {
            store.create(roundAfter(first, List.of(binh)));
            return null;
        })).as("a second next round of the same round").hasMessageContaining("ballots_one_live_next_round");
        assertThat(store.ofSitting(sitting)).containsExactly(first, second);
    }

    private Poll roundAfter(Poll previous, List<Nominee> candidates) {
        return new Poll(UUID.randomUUID(), sitting, item, previous.title(), new Election(2, candidates, 1,
                ElectionMode.APPROVAL, PassingRule.ABSOLUTE_MAJORITY), ChoiceLabels.TAN_THANH, false,
                PollState.DRAFT, T.plusSeconds(drafts++), null, null, null, null, null,
                previous.id());
    }

    private Poll draft(vn.hopso.voting.domain.Ballot ballot, boolean changeAllowed) {
        return Poll.draft(UUID.randomUUID(), sitting, item, "Nghị quyết số " + UUID.randomUUID().toString().substring(0, 4),
                ballot, ChoiceLabels.TAN_THANH, changeAllowed, T.plusSeconds(drafts++), null);
    }

    private Poll opened(Poll draft) {
        Poll open = draft.opened(T.plusSeconds(5), snapshot, new Electorate(5, 3));
        inTransaction(() -> {
            store.create(draft);
            store.save(open);
            store.enrol(open, electors);
            return null;
        });
        return open;
    }

    private void record(Poll poll, Elector elector, vn.hopso.voting.domain.Cast cast, RecordedVote earlier) {
        inTransaction(() -> {
            CastDecision decision = poll.decide(cast, earlier);
            store.record(poll, elector, cast, decision, Instant.now().truncatedTo(ChronoUnit.MICROS));
            return null;
        });
    }

    private List<Long> counterTransactions(Poll poll) {
        return jdbc.sql("select distinct xmin::text::bigint from ballot_counters where ballot_id = ?").param(poll.id())
                .query(Long.class).list();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private Elector elector(TestUser user) {
        UUID account = jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class)
                .single();
        return new Elector(user.membershipId(), account, jdbc.sql("select full_name from persons where id = ?")
                .param(user.personId()).query(String.class).single());
    }
}
