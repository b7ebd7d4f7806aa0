package vn.hopso.voting.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.hopso.voting.domain.Ballot;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Election;
import vn.hopso.voting.domain.Elector;
import vn.hopso.voting.domain.Nominee;
import vn.hopso.voting.domain.PaperCount;
import vn.hopso.voting.domain.PassingRule;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;

/**
 * A ballot's record as a chain ({@code ballot_chain}): each entry hashes the previous entry's hash with its own kind and
 * payload, so that changing, removing or inserting any entry, or any table the entries describe, shows. Payloads are
 * plain text, one {@code name=value} per line, built the same way when written and when verified.
 */
final class BallotChain {

    /** The hash before the first entry. */
    static final String GENESIS = "0".repeat(64);

    record Entry(int seq, String kind, String payload, String prevHash, String hash) {
    }

    private final Sql sql;

    BallotChain(Sql sql) {
        this.sql = sql;
    }

    /** Reads only the chain's end (by its primary key): appending costs the same at the first vote and the 500th. */
    void append(UUID ballotId, String kind, String payload) {
        record End(int seq, String hash) {
        }
        End last = sql.one("select seq, hash from ballot_chain where ballot_id = ? order by seq desc limit 1",
                rs -> new End(rs.getInt("seq"), rs.getString("hash")), ballotId).orElse(null);
        String prev = last == null ? GENESIS : last.hash();
        sql.update("insert into ballot_chain (ballot_id, seq, kind, payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?)",
                ballotId, last == null ? 1 : last.seq() + 1, kind, payload, prev, hash(prev, kind, payload));
    }

    List<Entry> entries(UUID ballotId) {
        return sql.list("select seq, kind, payload, prev_hash, hash from ballot_chain where ballot_id = ? order by seq",
                rs -> new Entry(rs.getInt("seq"), rs.getString("kind"), rs.getString("payload"),
                        rs.getString("prev_hash"), rs.getString("hash")), ballotId);
    }

    static String hash(String prev, String kind, String payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((prev + "\n" + kind + "\n" + payload)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    // ---- payloads

    static String created(Poll poll) {
        Ballot ballot = poll.ballot();
        StringBuilder text = new StringBuilder()
                .append(line("id", poll.id())).append(line("sitting", poll.sittingId())).append(line("item", poll.itemId()))
                .append(line("title", poll.title())).append(line("kind", ballot.getClass().getSimpleName()))
                .append(line("secret", ballot.secret())).append(line("changeAllowed", poll.changeAllowed()))
                .append(line("rule", rule(ballot)))
                .append(line("options", Counting.options(ballot, poll.labels()).stream()
                        .map(option -> option.mark() + ":" + option.label()).collect(Collectors.joining("|"))));
        for (Nominee nominee : Counting.people(ballot)) {
            text.append(line("nominee", nominee.id() + ":" + nominee.name()));
        }
        if (ballot instanceof Election election) {
            text.append(line("seats", election.seats())).append(line("mode", election.mode()))
                    .append(line("round", election.round()));
        }
        text.append(line("rerunOf", poll.rerunOf()));
        if (poll.previousRound() != null) {
            // Only on the rounds that follow one, so that the chains of every ballot created before rounds were linked
            // still verify.
            text.append(line("previousRound", poll.previousRound()));
        }
        return text.append(line("at", poll.createdAt())).toString();
    }

    static String enrolled(List<Elector> electors) {
        return electors.stream().sorted(Comparator.comparing(Elector::membershipId))
                .map(e -> line("elector", e.membershipId() + ":" + e.accountId() + ":" + e.fullName()))
                .collect(Collectors.joining());
    }

    /** The step into its present state, as the ballot's row records it. */
    static String step(Poll poll) {
        return step(poll, poll.state());
    }

    /** The step into {@code state} as the ballot's row records it; null when the row has no trace of it. */
    static @Nullable String step(Poll poll, PollState state) {
        Poll.Opening opening = poll.opening();
        return switch (state) {
            case DRAFT -> throw new IllegalStateException("a draft is recorded when created");
            case OPEN -> opening == null ? null : line("at", opening.at()) + line("snapshot", opening.presenceSnapshotId())
                    + line("totalElected", opening.electorate().totalElected())
                    + line("entitled", opening.electorate().present())
                    + (opening.closesAt() == null ? "" : line("closesAt", opening.closesAt()));
            case CLOSED -> poll.closedAt() == null ? null : line("at", poll.closedAt());
            case PUBLISHED -> poll.publishedAt() == null ? null : line("at", poll.publishedAt());
            case ANNULLED -> poll.annulment() == null ? null
                    : line("at", poll.annulment().at()) + line("reason", poll.annulment().reason());
        };
    }

    /** A recorded vote: who, and on a named ballot what and when. */
    static String vote(UUID membershipId, @Nullable String marks, @Nullable Instant at) {
        return line("membership", membershipId) + (marks == null ? "" : line("marks", marks) + line("at", at));
    }

    /** The counters as they stood at the close, in ballot order, with how many voted. */
    static String counters(Poll poll, Counting.Counted counted) {
        StringBuilder text = new StringBuilder(line("voters", counted.voters()));
        for (Counting.Slot slot : Counting.slots(poll.ballot())) {
            text.append(line("counter", (slot.nominee() == null ? "-" : slot.nominee()) + ":" + slot.mark() + "="
                    + counted.count(slot)));
        }
        return text.toString();
    }

    /**
     * A paper count as entered: which entry of the ballot it is, its figures, its count of every mark in ballot order,
     * who entered it and when.
     */
    static String paperCount(Poll poll, int entry, PaperCount count, UUID enteredBy, Instant at) {
        StringBuilder text = new StringBuilder(line("entry", entry)).append(line("issued", count.issued()))
                .append(line("returned", count.returned())).append(line("valid", count.valid()))
                .append(line("invalid", count.invalid()));
        for (Counting.Slot slot : Counting.slots(poll.ballot())) {
            text.append(line("count", (slot.nominee() == null ? "-" : slot.nominee()) + ":" + slot.mark() + "="
                    + count.count(slot)));
        }
        return text.append(line("by", enteredBy)).append(line("at", at)).toString();
    }

    /** The {@code name=value} lines of a payload, in order (a name may repeat). */
    static List<Map.Entry<String, String>> lines(String payload) {
        return payload.lines().map(l -> {
            int at = l.indexOf('=');
            return Map.entry(l.substring(0, at), l.substring(at + 1));
        }).toList();
    }

    private static String rule(Ballot ballot) {
        PassingRule rule = switch (ballot) {
            case vn.hopso.voting.domain.Motion motion -> motion.rule();
            case Election election -> election.rule();
            case vn.hopso.voting.domain.ConfidenceRating rating -> null;
            case vn.hopso.voting.domain.ConfidenceVote vote -> vote.noConfidenceRule();
        };
        return rule == null ? "" : rule.bound() + " " + rule.share() + " " + rule.base();
    }

    /**
     * One line; line breaks in a value (a title cannot have them, a reason might) are escaped, and instants are written
     * at the database's precision, so that a time reads back as it was chained.
     */
    private static String line(String name, @Nullable Object value) {
        Object shown = value instanceof Instant instant ? instant.truncatedTo(ChronoUnit.MICROS) : value;
        return name + "=" + (shown == null ? "" : shown.toString().replace("\\", "\\\\").replace("\n", "\\n")) + "\n";
    }
}
