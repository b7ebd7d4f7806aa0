package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the secretariat prepares for an agenda item before its people have ids: the kind of ballot, named or secret,
 * the rule (the kind's default when none is given), and for the kinds that list people, their names, with the seats
 * and the way an election is marked. {@link #toBallot} checks it and makes the ballot.
 */
public record BallotDraft(Kind kind, boolean secret, @Nullable PassingRule rule, List<String> nominees,
        @Nullable Integer seats, @Nullable ElectionMode mode) {

    public enum Kind {
        /** Biểu quyết một nội dung: YES / NO / ABSTAIN. */
        MOTION,
        /** Bầu cử: candidates for seats; always secret. */
        ELECTION,
        /** Lấy phiếu tín nhiệm: always secret. */
        CONFIDENCE_RATING,
        /** Bỏ phiếu tín nhiệm: always secret. */
        CONFIDENCE_VOTE
    }

    /** The longest name of a person on a ballot, and the most people on one. */
    public static final int MAX_NAME = 200;
    public static final int MAX_NOMINEES = 50;

    public BallotDraft {
        Objects.requireNonNull(kind, "kind");
        nominees = List.copyOf(nominees);
    }

    /**
     * The ballot, each person on it given an id by {@code newId}.
     *
     * @throws VotingRefused ({@code invalid_ballot}) saying what is wrong, in Vietnamese
     */
    public Ballot toBallot(Supplier<UUID> newId) {
        if (kind == Kind.MOTION) {
            if (!nominees.isEmpty() || seats != null || mode != null) {
                throw invalid("Biểu quyết một nội dung không có danh sách người, số lượng bầu hay cách bầu.");
            }
            return new Motion(rule == null ? PassingRule.ABSOLUTE_MAJORITY : rule, EnumSet.allOf(Choice.class), secret);
        }
        if (!secret) {
            throw invalid("Bầu cử, lấy phiếu tín nhiệm và bỏ phiếu tín nhiệm luôn là bỏ phiếu kín.");
        }
        List<Nominee> people = people(newId);
        return switch (kind) {
            case ELECTION -> election(people);
            case CONFIDENCE_RATING -> {
                if (rule != null || seats != null || mode != null) {
                    throw invalid("Ngưỡng của lấy phiếu tín nhiệm do luật định; phiếu không có số lượng bầu hay cách bầu.");
                }
                yield new ConfidenceRating(people);
            }
            case CONFIDENCE_VOTE -> {
                if (seats != null || mode != null) {
                    throw invalid("Bỏ phiếu tín nhiệm không có số lượng bầu hay cách bầu.");
                }
                yield new ConfidenceVote(people, rule == null ? PassingRule.ABSOLUTE_MAJORITY : rule);
            }
            case MOTION -> throw new IllegalStateException("handled above");
        };
    }

    private Election election(List<Nominee> people) {
        if (seats == null || seats < 1 || seats > people.size()) {
            throw invalid("Số người được bầu phải từ 1 đến số người trong danh sách (%d).".formatted(people.size()));
        }
        return new Election(1, people, seats, mode == null ? ElectionMode.APPROVAL : mode,
                rule == null ? PassingRule.ABSOLUTE_MAJORITY : rule);
    }

    private List<Nominee> people(Supplier<UUID> newId) {
        if (nominees.isEmpty() || nominees.size() > MAX_NOMINEES) {
            throw invalid("Phiếu cần danh sách từ 1 đến %d người.".formatted(MAX_NOMINEES));
        }
        Set<String> seen = new HashSet<>();
        List<Nominee> people = new ArrayList<>();
        for (String name : nominees) {
            String shown = name == null ? "" : name.strip();
            if (shown.isEmpty() || shown.length() > MAX_NAME || shown.chars().anyMatch(Character::isISOControl)) {
                throw invalid("Mỗi người trong danh sách cần một tên, tối đa %d ký tự.".formatted(MAX_NAME));
            }
            if (!seen.add(shown.toLowerCase(Locale.ROOT))) {
                throw invalid("Tên \"%s\" có hai lần trong danh sách.".formatted(shown));
            }
            people.add(new Nominee(newId.get(), shown));
        }
        return people;
    }

    private static VotingRefused invalid(String message) {
        return new VotingRefusal(VotingRefusal.Code.INVALID_BALLOT, message).exception();
    }
}
