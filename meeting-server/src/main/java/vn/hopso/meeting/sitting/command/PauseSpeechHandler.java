package vn.hopso.meeting.sitting.command;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.PauseSpeech;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;
import vn.hopso.meeting.sitting.domain.SpeakerRequest;

/** The chair pauses the speech on the floor; it keeps its time left. */
@Component
class PauseSpeechHandler implements CommandHandler<PauseSpeech> {

    private final SpeakersPublication publication;

    PauseSpeechHandler(SpeakersPublication publication) {
        this.publication = publication;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<PauseSpeech> handles() {
        return PauseSpeech.class;
    }

    @Override
    public UUID handle(PauseSpeech command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        SpeakerRequest paused = queue.pause(context.now());
        publication.publish(context, queue, List.of(paused), "floor.pause");
        return paused.id();
    }
}
