package vn.hopso.meeting.media;

import java.util.List;
import java.util.Optional;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.meeting.api.SpeakerEntry;
import vn.hopso.meeting.api.SpeakerState;

/**
 * Who holds the floor after a {@code speakers.changed}, which carries only the requests a command changed: one now
 * speaking takes the floor; the current speaker among them no longer speaking (paused, done) gives it up; otherwise
 * the floor stays where it was.
 */
final class Speech {

    private Speech() {
    }

    static Optional<ParticipantId> next(Optional<ParticipantId> current, List<SpeakerEntry> changed) {
        Optional<ParticipantId> speaking = changed.stream().filter(entry -> entry.state() == SpeakerState.SPEAKING)
                .map(MediaIdentity::of).findFirst();
        if (speaking.isPresent()) {
            return speaking;
        }
        boolean stopped = current.isPresent() && changed.stream().map(MediaIdentity::of)
                .anyMatch(current.get()::equals);
        return stopped ? Optional.empty() : current;
    }
}
