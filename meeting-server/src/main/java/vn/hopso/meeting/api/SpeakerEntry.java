package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One request to speak as every screen shows it, in the item's queue at {@code position}. Speaking: its time runs out
 * at {@code deadline} (server time: a screen corrects for its own clock's offset); paused: it keeps
 * {@code remainingMillis}; done: {@code overrunSeconds} past its time, if any. The speaker is a delegate
 * ({@code membershipId}) or a site ({@code siteId}, its name in {@code fullName}).
 */
public record SpeakerEntry(UUID id, UUID itemId, @Nullable UUID membershipId, @Nullable UUID siteId, String fullName,
        @Nullable String delegationName, SpeakerKind kind, @Nullable String addressee, SpeakerState state, int position,
        Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Integer limitSeconds,
        @Nullable Instant deadline, @Nullable Long remainingMillis, long overrunSeconds) {
}
