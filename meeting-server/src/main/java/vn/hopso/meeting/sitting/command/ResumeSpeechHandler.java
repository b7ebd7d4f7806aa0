package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.ResumeSpeech;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;
import vn.hopso.meeting.sitting.domain.SpeakerRequest;

/** The chair resumes the speech paused last, for the time it kept. */
@Component
class ResumeSpeechHandler implements CommandHandler<ResumeSpeech> {

    private final SpeakersPublication publication;

    ResumeSpeechHandler(SpeakersPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<ResumeSpeech> handles() {
        return ResumeSpeech.class;
    }

    @Override
    public UUID handle(ResumeSpeech command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        SpeakerRequest resumed = queue.resume(context.now());
        publication.publish(context, queue, List.of(resumed), "floor.resume");
        return resumed.id();
    }
}
