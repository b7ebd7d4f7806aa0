package vn.hopso.meeting.sitting.command;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** Publishing drafts, one or all: the first publication also marks the agenda as published. */
@Component
class Publication {

    private final SittingStore sittings;

    Publication(SittingStore sittings) {
        this.sittings = sittings;
    }

    void publish(List<AgendaItem> drafts, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireEditable(sitting);
        Instant now = context.now();
        for (AgendaItem item : drafts) {
            SittingRules.requireDraft(item, Refusal.conflict("already_published", "Nội dung này đã được công bố."));
            sittings.publishItem(item.id(), now);
        }
        if (!drafts.isEmpty()) {
            sittings.markAgendaPublished(sitting.id(), now);
        }
        List<UUID> ids = drafts.stream().map(AgendaItem::id).toList();
        context.audit("agenda.publish", "sitting", sitting.id(), Map.of("items", ids));
    }
}
