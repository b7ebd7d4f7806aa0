package vn.hopso.meeting.sitting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.SpeakerKind;
import vn.hopso.meeting.api.SpeakerState;

/**
 * One request to speak on an agenda item, and once given the floor, its speech: {@code deadline} is when its time
 * runs out while speaking; {@code remaining} is the time it keeps while paused. The speaker is a delegate or a site.
 */
public record SpeakerRequest(UUID id, UUID itemId, Speaker speaker, SpeakerKind kind, @Nullable String addressee, SpeakerState state,
        int position, Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant endedAt,
        @Nullable Duration limit, @Nullable Instant deadline, @Nullable Duration remaining) {

    public SpeakerRequest withState(SpeakerState newState) {
        return new SpeakerRequest(id, itemId, speaker, kind, addressee,
                newState, position, requestedAt, startedAt, endedAt, limit, deadline, remaining);
    }

    public SpeakerRequest at(int newPosition) {
        return new SpeakerRequest(id, itemId, speaker, kind, addressee, state,
                newPosition, requestedAt, startedAt, endedAt, limit, deadline, remaining);
    }

    /** Given the floor now, for {@code limit}. */
    public SpeakerRequest speaking(Instant now, Duration speakingLimit) {
        return new SpeakerRequest(id, itemId, speaker, kind, addressee,
                SpeakerState.SPEAKING, position, requestedAt, now, null, speakingLimit, now.plus(speakingLimit), null);
    }

    /** Paused now: keeps the time left (none below zero). */
    public SpeakerRequest paused(Instant now) {
        Duration left = deadline == null ? Duration.ZERO : Duration.between(now, deadline);
        return new SpeakerRequest(id, itemId, speaker, kind, addressee,
                SpeakerState.PAUSED, position, requestedAt, startedAt, null, limit, null,
                left.isNegative() ? Duration.ZERO : left);
    }

    /** Speaking again now, for the time it kept. */
    public SpeakerRequest resumed(Instant now) {
        Duration left = remaining == null ? Duration.ZERO : remaining;
        return new SpeakerRequest(id, itemId, speaker, kind, addressee,
                SpeakerState.SPEAKING, position, requestedAt, startedAt, null, limit, now.plus(left), null);
    }

    public SpeakerRequest ended(Instant now) {
        return new SpeakerRequest(id, itemId, speaker, kind, addressee,
                SpeakerState.DONE, position, requestedAt, startedAt, now, limit, deadline, null);
    }

    /** How long past its time the speech ran, when it ended late. */
    public Duration overrun() {
        if (endedAt == null || deadline == null || !endedAt.isAfter(deadline)) {
            return Duration.ZERO;
        }
        return Duration.between(deadline, endedAt);
    }
}
