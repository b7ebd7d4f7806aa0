package vn.hopso.voting.domain;

import java.util.Objects;

/**
 * What one source counted for a ballot: the electronic system, or the ballot committee (ban kiểm phiếu) on paper, for
 * the whole ballot or the part of it held on paper, announcing ballots issued and returned as in the National Assembly's
 * procedure (Resolution 31/2023/UBTVQH15). An electronic vote is one ballot issued, returned and valid; a
 * paper count states how many ballots were issued, returned, valid and invalid, and the marks on the valid ones.
 * Whether the figures add up is the ballot's to say: see each ballot's {@code discrepancies}.
 */
public record Tally<T extends Marks<T>>(Source source, int issued, int returned, int valid, int invalid, T marks) {

    public enum Source {
        ELECTRONIC("Phiếu điện tử"),
        PAPER("Phiếu giấy");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Tally {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(marks, "marks");
        if (issued < 0 || returned < 0 || valid < 0 || invalid < 0) {
            throw new IllegalArgumentException("ballot counts cannot be negative");
        }
    }

    /** {@code votes} recorded electronically, with their marks. */
    public static <T extends Marks<T>> Tally<T> electronic(int votes, T marks) {
        return new Tally<>(Source.ELECTRONIC, votes, votes, votes, 0, marks);
    }

    /** The ballot committee's count of paper ballots. */
    public static <T extends Marks<T>> Tally<T> paper(int issued, int returned, int valid, int invalid, T marks) {
        return new Tally<>(Source.PAPER, issued, returned, valid, invalid, marks);
    }
}
