package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.EndSpeech;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;
import vn.hopso.meeting.sitting.domain.SpeakerRequest;

/** The chair ends the speech on the floor; a speech it had interrupted resumes. */
@Component
class EndSpeechHandler implements CommandHandler<EndSpeech> {

    private final SpeakersPublication publication;

    EndSpeechHandler(SpeakersPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<EndSpeech> handles() {
        return EndSpeech.class;
    }

    @Override
    public UUID handle(EndSpeech command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        List<SpeakerRequest> changed = queue.endSpeech(context.now());
        publication.publish(context, queue, changed, "floor.end");
        return changed.getFirst().id();
    }
}
