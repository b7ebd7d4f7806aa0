package vn.hopso.meeting.sitting.command;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SpeakersChanged;
import vn.hopso.meeting.sitting.SpeakerStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;
import vn.hopso.meeting.sitting.domain.SpeakerRequest;

/**
 * Stores what a speaker command changed and sends, per touched item, the requests that changed as they now stand, to
 * those who may see the item (a closed item's queue to members only). Screens fold them into the queue they hold, so
 * every screen shows the same order and the same floor, and a burst of requests costs each screen one entry per
 * request rather than the whole queue every time.
 */
@Component
class SpeakersPublication {

    private final SpeakerStore speakers;

    SpeakersPublication(SpeakerStore speakers) {
        this.speakers = speakers;
    }

    SpeakerQueue queue(CommandContext context) {
        return speakers.of(context.before().sitting().id());
    }

    /** Stores what changed in {@code before}, the queue as read under the sitting's lock, and sends the changes. */
    void publish(CommandContext context, SpeakerQueue before, List<SpeakerRequest> changed, String action) {
        UUID sittingId = context.before().sitting().id();
        Set<UUID> items = new LinkedHashSet<>();
        Set<UUID> touched = new HashSet<>();
        for (SpeakerRequest request : changed) {
            touched.add(request.id());
            speakers.save(sittingId, request);
            items.add(request.itemId());
            context.audit(action, "speaker_request", request.id(), Map.of("fullName", request.speaker().fullName(),
                    "kind", request.kind().name(), "state", request.state().name()));
        }
        SpeakerQueue after = before.with(changed);
        for (UUID itemId : items) {
            boolean closed = context.before().item(itemId).map(AgendaItem::closed).orElse(true);
            context.emit(new SpeakersChanged(itemId, after.ofItem(itemId).stream()
                            .filter(request -> touched.contains(request.id())).map(SpeakerStore::entry).toList()),
                    closed ? Recipients.members() : Recipients.everyone());
        }
    }
}
