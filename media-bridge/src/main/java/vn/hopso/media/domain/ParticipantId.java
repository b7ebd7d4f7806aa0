package vn.hopso.media.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who sends and receives media in a room: a delegate ({@code delegate-12}), a site ({@code site-3}), the chair. It is
 * the publisher's id on the Janus node too, so moderation and kicks name participants the way our code does.
 */
public record ParticipantId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ParticipantId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a participant id is 1-64 of a-z, 0-9 and '-': " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
