package vn.hopso.voting.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.hopso.voting.domain.Ballot;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.Bound;
import vn.hopso.voting.domain.Base;
import vn.hopso.voting.domain.Cast;
import vn.hopso.voting.domain.CastDecision;
import vn.hopso.voting.domain.Choice;
import vn.hopso.voting.domain.ChoiceLabels;
import vn.hopso.voting.domain.ConfidenceRating;
import vn.hopso.voting.domain.ConfidenceVote;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Election;
import vn.hopso.voting.domain.ElectionMode;
import vn.hopso.voting.domain.Elector;
import vn.hopso.voting.domain.Electorate;
import vn.hopso.voting.domain.Fraction;
import vn.hopso.voting.domain.Motion;
import vn.hopso.voting.domain.Nominee;
import vn.hopso.voting.domain.PaperCount;
import vn.hopso.voting.domain.PassingRule;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;
import vn.hopso.voting.domain.RecordedVote;
import vn.hopso.voting.domain.Verification;

/**
 * The ballots in PostgreSQL (tables {@code ballots}, {@code ballot_nominees}, {@code ballot_electors},
 * {@code ballot_votes}, {@code ballot_counters}; migration V18 of the server; the paper counts in
 * {@code ballot_paper_counts} and {@code ballot_paper_marks}, V22; the round an election's round follows, V24).
 *
 * <p>How a secret ballot stays secret here: {@code ballot_votes} holds one row per delegate who voted, with neither
 * what nor when; the choices exist only as {@code ballot_counters}, created at opening in ballot order, and every vote
 * rewrites <em>all</em> the ballot's counters in that same order (adding one to those it marks, nothing to the
 * others), so that which rows a vote changed, and where they now lie, is the same whatever it said. Closing rewrites
 * them once more. What the database itself keeps beyond its tables (its write-ahead log, row versions not yet
 * vacuumed, statement logs if an administrator turns them on) is outside this store's reach.
 */
public final class JdbcBallotStore implements BallotStore {

    private static final String BALLOT = """
            select id, sitting_id, item_id, title, kind, secret, change_allowed, choices, rule_bound, rule_numerator,
                   rule_denominator, rule_base, seats, election_mode, round, yes_label, no_label, abstain_label, state,
                   created_at, opened_at, presence_snapshot_id, total_elected, entitled, closes_at, closed_at,
                   published_at, annulled_at, annul_reason, rerun_of, previous_ballot_id
            from ballots""";

    private enum Kind { MOTION, ELECTION, CONFIDENCE_RATING, CONFIDENCE_VOTE }

    private final Sql sql;
    private final BallotChain chain;

    /** @param dataSource connections that join the caller's transaction */
    public JdbcBallotStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
        this.chain = new BallotChain(sql);
    }

    @Override
    public void create(Poll poll) {
        Ballot ballot = poll.ballot();
        PassingRule rule = ruleOf(ballot);
        sql.update("""
                        insert into ballots (id, sitting_id, item_id, title, kind, secret, change_allowed, choices,
                            rule_bound, rule_numerator, rule_denominator, rule_base, seats, election_mode, round,
                            yes_label, no_label, abstain_label, state, created_at, rerun_of, previous_ballot_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                poll.id(), poll.sittingId(), poll.itemId(), poll.title(), kindOf(ballot), ballot.secret(),
                poll.changeAllowed(), ballot instanceof Motion motion ? choices(motion.choices()) : null,
                rule == null ? null : rule.bound(), rule == null ? null : rule.share().numerator(),
                rule == null ? null : rule.share().denominator(), rule == null ? null : rule.base(),
                ballot instanceof Election e ? e.seats() : null, ballot instanceof Election e ? e.mode() : null,
                ballot instanceof Election e ? e.round() : null, poll.labels().yes(), poll.labels().no(),
                poll.labels().abstain(), poll.state(), poll.createdAt(), poll.rerunOf(), poll.previousRound());
        List<Object[]> nominees = new ArrayList<>();
        List<Nominee> people = Counting.people(ballot);
        for (int position = 0; position < people.size(); position++) {
            nominees.add(new Object[] {poll.id(), position, people.get(position).id(), people.get(position).name()});
        }
        sql.batch("insert into ballot_nominees (ballot_id, position, id, name) values (?, ?, ?, ?)", nominees);
        chain.append(poll.id(), "created", BallotChain.created(poll));
    }

    @Override
    public Optional<Poll> find(UUID pollId) {
        return polls(BALLOT + " where id = ?", pollId).stream().findFirst();
    }

    @Override
    public List<Poll> ofSitting(UUID sittingId) {
        return polls(BALLOT + " where sitting_id = ? order by created_at, id", sittingId);
    }

    @Override
    public void save(Poll poll) {
        Poll.Opening opening = poll.opening();
        sql.update("""
                        update ballots set state = ?, opened_at = ?, presence_snapshot_id = ?, total_elected = ?,
                            entitled = ?, closes_at = ?, closed_at = ?, published_at = ?, annulled_at = ?,
                            annul_reason = ?
                        where id = ?""",
                poll.state(), opening == null ? null : opening.at(),
                opening == null ? null : opening.presenceSnapshotId(),
                opening == null ? null : opening.electorate().totalElected(),
                opening == null ? null : opening.electorate().present(), opening == null ? null : opening.closesAt(),
                poll.closedAt(), poll.publishedAt(),
                poll.annulment() == null ? null : poll.annulment().at(),
                poll.annulment() == null ? null : poll.annulment().reason(), poll.id());
        String step = BallotChain.step(poll);
        chain.append(poll.id(), STEPS.get(poll.state()),
                poll.state() == PollState.CLOSED ? step + BallotChain.counters(poll, counted(poll)) : step);
    }

    /** The chain's name of each step of a ballot's life. */
    private static final Map<PollState, String> STEPS = Map.of(PollState.OPEN, "opened", PollState.CLOSED, "closed",
            PollState.PUBLISHED, "published", PollState.ANNULLED, "annulled");

    @Override
    public void enrol(Poll poll, List<Elector> electors) {
        sql.batch("insert into ballot_electors (ballot_id, membership_id, account_id, full_name) values (?, ?, ?, ?)",
                electors.stream().map(e -> new Object[] {poll.id(), e.membershipId(), e.accountId(), e.fullName()})
                        .toList());
        // Every counter exists from the start, in ballot order: neither a new row nor its place says what came first.
        List<Object[]> counters = new ArrayList<>();
        int position = 0;
        for (Counting.Slot slot : Counting.slots(poll.ballot())) {
            counters.add(new Object[] {poll.id(), nomineeKey(poll, slot), slot.mark(), position++});
        }
        sql.batch("insert into ballot_counters (ballot_id, nominee_id, mark, position, count) values (?, ?, ?, ?, 0)",
                counters);
        chain.append(poll.id(), "enrolled", BallotChain.enrolled(electors));
    }

    @Override
    public Optional<Elector> elector(UUID pollId, UUID accountId) {
        return sql.one("select membership_id, account_id, full_name from ballot_electors where ballot_id = ? and account_id = ?",
                JdbcBallotStore::elector, pollId, accountId);
    }

    @Override
    public Optional<RecordedVote> voteOf(Poll poll, UUID membershipId) {
        return sql.one("select marks from ballot_votes where ballot_id = ? and membership_id = ?",
                rs -> recorded(poll, rs.getString("marks")), poll.id(), membershipId);
    }

    @Override
    public void record(Poll poll, Elector elector, Cast cast, CastDecision decision, Instant at) {
        boolean secret = poll.ballot().secret();
        switch (decision) {
            case CastDecision.First first -> {
                if (secret) {
                    // That they voted: no choice, no time.
                    sql.update("insert into ballot_votes (ballot_id, membership_id) values (?, ?)", poll.id(),
                            elector.membershipId());
                } else {
                    sql.update("""
                                    insert into ballot_votes (ballot_id, membership_id, marks, cast_at, changed_at)
                                    values (?, ?, ?, ?, ?)""",
                            poll.id(), elector.membershipId(), encode(cast), at, at);
                }
                count(poll, Counting.slotsOf(cast), List.of());
                // In the order of voting: who voted, and on a named ballot what; on a secret ballot nothing more.
                chain.append(poll.id(), "voted", secret ? BallotChain.vote(elector.membershipId(), null, null)
                        : BallotChain.vote(elector.membershipId(), encode(cast), at));
            }
            case CastDecision.Change change -> {
                if (secret) {
                    throw new IllegalStateException("a secret vote is never changed");
                }
                sql.update("update ballot_votes set marks = ?, changed_at = ? where ballot_id = ? and membership_id = ?",
                        encode(cast), at, poll.id(), elector.membershipId());
                count(poll, Counting.slotsOf(cast), Counting.slotsOf(change.from()));
                chain.append(poll.id(), "changed", BallotChain.vote(elector.membershipId(), encode(cast), at));
            }
            case CastDecision.Same same -> {
                // Sent again: already counted.
            }
        }
    }

    @Override
    public int voters(UUID pollId) {
        return sql.one("select count(*) from ballot_votes where ballot_id = ?", rs -> rs.getInt(1), pollId).orElse(0);
    }

    @Override
    public Counting.Counted counted(Poll poll) {
        Map<Counting.Slot, Integer> counts = new LinkedHashMap<>();
        sql.list("select nominee_id, mark, count from ballot_counters where ballot_id = ? order by position",
                rs -> counts.put(slot(poll, rs.getObject("nominee_id", UUID.class), rs.getString("mark")),
                        rs.getInt("count")), poll.id());
        return new Counting.Counted(voters(poll.id()), counts);
    }

    @Override
    public void seal(UUID pollId) {
        sql.update("update ballot_counters set count = count where ballot_id = ?", pollId);
    }

    @Override
    public List<NamedVote> namedVotes(Poll poll) {
        if (poll.ballot().secret()) {
            return List.of();
        }
        return sql.list("""
                        select e.membership_id, e.account_id, e.full_name, v.marks, v.cast_at, v.changed_at
                        from ballot_votes v
                        join ballot_electors e on e.ballot_id = v.ballot_id and e.membership_id = v.membership_id
                        where v.ballot_id = ? order by e.full_name, e.membership_id""",
                rs -> new NamedVote(elector(rs), decode(poll, rs.getString("marks")), Sql.instant(rs, "cast_at"),
                        Sql.instant(rs, "changed_at")), poll.id());
    }

    @Override
    public List<Poll> overdue(Instant now) {
        return polls(BALLOT + " where state = 'OPEN' and closes_at <= ? order by closes_at, id", now);
    }

    @Override
    public List<Elector> electors(UUID pollId) {
        return sql.list("select membership_id, account_id, full_name from ballot_electors where ballot_id = ?"
                + " order by full_name, membership_id", JdbcBallotStore::elector, pollId);
    }

    @Override
    public Set<UUID> entitledOn(UUID accountId, Collection<Poll> polls) {
        if (polls.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(sql.list("select ballot_id from ballot_electors where account_id = ? and ballot_id = any(?)",
                rs -> rs.getObject("ballot_id", UUID.class), accountId,
                Sql.uuids(polls.stream().map(Poll::id).toList())));
    }

    @Override
    public Map<UUID, RecordedVote> votesOf(UUID accountId, Collection<Poll> polls) {
        Map<UUID, Poll> byId = polls.stream().collect(Collectors.toMap(Poll::id, poll -> poll));
        if (byId.isEmpty()) {
            return Map.of();
        }
        Map<UUID, RecordedVote> votes = new HashMap<>();
        sql.list("""
                        select v.ballot_id, v.marks from ballot_votes v
                        join ballot_electors e on e.ballot_id = v.ballot_id and e.membership_id = v.membership_id
                        where e.account_id = ? and v.ballot_id = any(?)""",
                rs -> {
                    Poll poll = byId.get(rs.getObject("ballot_id", UUID.class));
                    return votes.put(poll.id(), recorded(poll, rs.getString("marks")));
                }, accountId, Sql.uuids(List.copyOf(byId.keySet())));
        return votes;
    }

    @Override
    public Optional<PaperCount.Entered> paperCount(UUID pollId) {
        List<PaperCount.Entered> entries = paperEntries(pollId);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }

    @Override
    public void recordPaperCount(Poll poll, PaperCount count, UUID enteredBy, Instant at) {
        int entry = sql.one("select coalesce(max(version), 0) + 1 from ballot_paper_counts where ballot_id = ?",
                rs -> rs.getInt(1), poll.id()).orElse(1);
        sql.update("""
                        insert into ballot_paper_counts (ballot_id, version, issued, returned, valid, invalid,
                            entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                poll.id(), entry, count.issued(), count.returned(), count.valid(), count.invalid(), enteredBy, at);
        sql.batch("insert into ballot_paper_marks (ballot_id, version, nominee_id, mark, count) values (?, ?, ?, ?, ?)",
                count.counts().entrySet().stream().map(mark -> new Object[] {poll.id(), entry,
                    nomineeKey(poll, mark.getKey()), mark.getKey().mark(), mark.getValue()}).toList());
        chain.append(poll.id(), "paper_counted", BallotChain.paperCount(poll, entry, count, enteredBy, at));
    }

    /** Every paper count of the ballot, the corrected ones too, in the order entered. */
    private List<PaperCount.Entered> paperEntries(UUID pollId) {
        Map<Integer, Map<Counting.Slot, Integer>> marks = new HashMap<>();
        sql.list("select version, nominee_id, mark, count from ballot_paper_marks where ballot_id = ?",
                rs -> marks.computeIfAbsent(rs.getInt("version"), entry -> new HashMap<>()).put(
                        slot(pollId, rs.getObject("nominee_id", UUID.class), rs.getString("mark")), rs.getInt("count")),
                pollId);
        return sql.list("""
                        select version, issued, returned, valid, invalid, entered_by, entered_at
                        from ballot_paper_counts where ballot_id = ? order by version""",
                rs -> new PaperCount.Entered(rs.getInt("version"), new PaperCount(rs.getInt("issued"), rs.getInt("returned"),
                        rs.getInt("valid"), rs.getInt("invalid"), marks.getOrDefault(rs.getInt("version"), Map.of())),
                        rs.getObject("entered_by", UUID.class), Sql.instant(rs, "entered_at")), pollId);
    }

    @Override
    public Verification verify(Poll stale) {
        Poll poll = find(stale.id()).orElseThrow();
        List<Elector> electors = sql.list("select membership_id, account_id, full_name from ballot_electors where ballot_id = ?",
                JdbcBallotStore::elector, poll.id());
        Map<UUID, String> votes = new HashMap<>();
        sql.list("select membership_id, marks from ballot_votes where ballot_id = ?",
                rs -> votes.put(rs.getObject("membership_id", UUID.class), Objects.requireNonNullElse(
                        rs.getString("marks"), "")), poll.id());
        List<String> paperCounts = paperEntries(poll.id()).stream().map(paper -> BallotChain.paperCount(poll,
                paper.entry(), paper.count(), paper.enteredBy(), paper.at())).toList();
        return ChainVerifier.verify(chain.entries(poll.id()),
                new ChainVerifier.Tables(poll, BallotChain.enrolled(electors), votes, counted(poll), paperCounts));
    }

    /**
     * Adds one to the counters {@code plus} names and takes one from those {@code minus} names in one statement that
     * rewrites every counter of the ballot whatever the vote said: afterwards each counter's row version, its
     * transaction and its place are those of this vote, and tell nothing of which ones it marked.
     */
    private void count(Poll poll, List<Counting.Slot> plus, List<Counting.Slot> minus) {
        int rows = sql.update("""
                        update ballot_counters set count = count
                            + case when nominee_id::text || ':' || mark = any(?) then 1 else 0 end
                            - case when nominee_id::text || ':' || mark = any(?) then 1 else 0 end
                        where ballot_id = ?""",
                Sql.texts(plus.stream().map(slot -> key(poll, slot)).toList()),
                Sql.texts(minus.stream().map(slot -> key(poll, slot)).toList()), poll.id());
        if (rows != Counting.slots(poll.ballot()).size()) {
            throw new IllegalStateException("the ballot's counters are not all there");
        }
    }

    private List<Poll> polls(String query, Object... params) {
        List<StoredRow> rows = sql.list(query, JdbcBallotStore::row, params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Nominee>> nominees = new HashMap<>();
        sql.list("select ballot_id, id, name from ballot_nominees where ballot_id = any(?) order by ballot_id, position",
                rs -> nominees.computeIfAbsent(rs.getObject("ballot_id", UUID.class), id -> new ArrayList<>())
                        .add(new Nominee(rs.getObject("id", UUID.class), rs.getString("name"))),
                Sql.uuids(rows.stream().map(StoredRow::id).toList()));
        return rows.stream().map(row -> row.poll(nominees.getOrDefault(row.id(), List.of()))).toList();
    }

    /** A ballot's row, read before its nominees are. */
    private record StoredRow(UUID id, UUID sittingId, UUID itemId, String title, Kind kind, boolean secret,
            boolean changeAllowed, @Nullable String choices, @Nullable PassingRule rule, @Nullable Integer seats,
            @Nullable String mode, @Nullable Integer round, ChoiceLabels labels, PollState state, Instant createdAt,
            Poll.@Nullable Opening opening, @Nullable Instant closedAt, @Nullable Instant publishedAt,
            Poll.@Nullable Annulment annulment, @Nullable UUID rerunOf, @Nullable UUID previousRound) {

        Poll poll(List<Nominee> nominees) {
            Ballot ballot = switch (kind) {
                case MOTION -> new Motion(rule, parseChoices(choices), secret);
                case ELECTION -> new Election(round, nominees, seats, ElectionMode.valueOf(mode), rule);
                case CONFIDENCE_RATING -> new ConfidenceRating(nominees);
                case CONFIDENCE_VOTE -> new ConfidenceVote(nominees, rule);
            };
            return new Poll(id, sittingId, itemId, title, ballot, labels, changeAllowed, state, createdAt, opening,
                    closedAt, publishedAt, annulment, rerunOf, previousRound);
        }
    }

    private static StoredRow row(ResultSet rs) throws SQLException {
        String bound = rs.getString("rule_bound");
        PassingRule rule = bound == null ? null : new PassingRule(Bound.valueOf(bound),
                new Fraction(rs.getInt("rule_numerator"), rs.getInt("rule_denominator")),
                Base.valueOf(rs.getString("rule_base")));
        Instant openedAt = Sql.instant(rs, "opened_at");
        Poll.Opening opening = openedAt == null ? null : new Poll.Opening(openedAt,
                rs.getObject("presence_snapshot_id", UUID.class),
                new Electorate(rs.getInt("total_elected"), rs.getInt("entitled")), Sql.instant(rs, "closes_at"));
        Instant annulledAt = Sql.instant(rs, "annulled_at");
        return new StoredRow(rs.getObject("id", UUID.class), rs.getObject("sitting_id", UUID.class),
                rs.getObject("item_id", UUID.class), rs.getString("title"), Kind.valueOf(rs.getString("kind")),
                rs.getBoolean("secret"), rs.getBoolean("change_allowed"), rs.getString("choices"), rule,
                Sql.integer(rs, "seats"), rs.getString("election_mode"), Sql.integer(rs, "round"),
                new ChoiceLabels(rs.getString("yes_label"), rs.getString("no_label"), rs.getString("abstain_label")),
                PollState.valueOf(rs.getString("state")), Sql.instant(rs, "created_at"), opening,
                Sql.instant(rs, "closed_at"), Sql.instant(rs, "published_at"),
                annulledAt == null ? null : new Poll.Annulment(annulledAt, rs.getString("annul_reason")),
                rs.getObject("rerun_of", UUID.class), rs.getObject("previous_ballot_id", UUID.class));
    }

    private static Elector elector(ResultSet rs) throws SQLException {
        return new Elector(rs.getObject("membership_id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("full_name"));
    }

    private static Kind kindOf(Ballot ballot) {
        return switch (ballot) {
            case Motion motion -> Kind.MOTION;
            case Election election -> Kind.ELECTION;
            case ConfidenceRating rating -> Kind.CONFIDENCE_RATING;
            case ConfidenceVote vote -> Kind.CONFIDENCE_VOTE;
        };
    }

    private static @Nullable PassingRule ruleOf(Ballot ballot) {
        return switch (ballot) {
            case Motion motion -> motion.rule();
            case Election election -> election.rule();
            case ConfidenceRating rating -> null;
            case ConfidenceVote vote -> vote.noConfidenceRule();
        };
    }

    private static String choices(Set<Choice> choices) {
        return Arrays.stream(Choice.values()).filter(choices::contains).map(Choice::name)
                .collect(Collectors.joining(","));
    }

    private static Set<Choice> parseChoices(@Nullable String choices) {
        Set<Choice> parsed = EnumSet.noneOf(Choice.class);
        Arrays.stream(choices == null ? new String[0] : choices.split(",")).map(Choice::valueOf).forEach(parsed::add);
        return parsed;
    }

    /** A motion's counters are kept under the ballot's own id, since they are for no one on it. */
    private static UUID nomineeKey(Poll poll, Counting.Slot slot) {
        return slot.nominee() == null ? poll.id() : slot.nominee();
    }

    private static Counting.Slot slot(Poll poll, UUID nomineeKey, String mark) {
        return slot(poll.id(), nomineeKey, mark);
    }

    private static Counting.Slot slot(UUID pollId, UUID nomineeKey, String mark) {
        return new Counting.Slot(nomineeKey.equals(pollId) ? null : nomineeKey, mark);
    }

    private static String key(Poll poll, Counting.Slot slot) {
        return nomineeKey(poll, slot) + ":" + slot.mark();
    }

    /** A named vote as its row keeps it: {@code YES}, or {@code <nominee>=<mark>} for each person marked. */
    private static String encode(Cast cast) {
        List<Counting.Slot> slots = Counting.slotsOf(cast);
        if (slots.size() == 1 && slots.getFirst().nominee() == null) {
            return slots.getFirst().mark();
        }
        return slots.stream().map(slot -> slot.nominee() + "=" + slot.mark()).collect(Collectors.joining(";"));
    }

    private static Cast decode(Poll poll, String marks) {
        if (poll.ballot() instanceof Motion) {
            return Counting.castOf(poll.ballot(), marks, List.of());
        }
        List<Counting.Slot> slots = marks.isEmpty() ? List.of() : Arrays.stream(marks.split(";"))
                .map(part -> part.split("=", 2))
                .map(pair -> new Counting.Slot(UUID.fromString(pair[0]), pair[1])).toList();
        return Counting.castOf(poll.ballot(), null, slots);
    }

    private static RecordedVote recorded(Poll poll, @Nullable String marks) {
        return new RecordedVote(marks == null ? null : decode(poll, marks));
    }
}
