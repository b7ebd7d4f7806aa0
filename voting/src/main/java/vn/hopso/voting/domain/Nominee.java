package vn.hopso.voting.domain;

import java.util.Objects;
import java.util.UUID;

/** A person on a ballot: a candidate in an election, or an office holder in a confidence rating or vote. */
public record Nominee(UUID id, String name) {

    public Nominee {
        Objects.requireNonNull(id, "id");
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("a nominee needs a name");
        }
    }
}
