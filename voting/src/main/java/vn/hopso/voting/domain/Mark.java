package vn.hopso.voting.domain;

import java.util.Objects;
import java.util.UUID;

/** What one ballot says about one person on it, e.g. YES for a candidate, LOW for an office holder. */
public record Mark<M extends Enum<M>>(UUID nominee, M mark) {

    public Mark {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(mark, "mark");
    }
}
