package vn.hopso.media.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may be heard in a media room: the chair (chủ tọa) presides and stays live, the participant given the floor
 * speaks, everyone else is muted on the server unless the chair allows self-unmute.
 *
 * @param chairs       those who preside (the chair, a host site's leader in a briefing)
 * @param speaker      the participant who holds the floor, if any
 * @param selfUnmute   whether the others may open their own microphone (no server-side mute for them)
 * @param chairsMuted  the chair muted themselves too ("mute everyone"): only the speaker stays live
 */
public record Floor(Set<ParticipantId> chairs, Optional<ParticipantId> speaker, boolean selfUnmute,
        boolean chairsMuted) {

    public Floor {
        chairs = Set.copyOf(chairs);
        Objects.requireNonNull(speaker, "speaker");
    }

    /** Nobody holds the floor; the chairs are live, everyone else muted. */
    public static Floor presidedBy(Set<ParticipantId> chairs) {
        return new Floor(chairs, Optional.empty(), false, false);
    }

    public Floor givenTo(ParticipantId participant) {
        return new Floor(chairs, Optional.of(participant), selfUnmute, chairsMuted);
    }

    public Floor ended() {
        return new Floor(chairs, Optional.empty(), selfUnmute, chairsMuted);
    }

    public Floor allowingSelfUnmute(boolean allowed) {
        return new Floor(chairs, speaker, allowed, chairsMuted);
    }

    /** "Mute everyone": the chairs too, and no self-unmute; whoever holds the floor keeps it. */
    public Floor everyoneMuted() {
        return new Floor(chairs, speaker, false, true);
    }

    /** Whether the participant's microphone is let through by the server. */
    public boolean isLive(ParticipantId participant) {
        if (speaker.filter(participant::equals).isPresent()) {
            return true;
        }
        if (chairs.contains(participant)) {
            return !chairsMuted;
        }
        return selfUnmute;
    }
}
