package vn.hopso.meeting.sitting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemForm;
import vn.hopso.meeting.api.AgendaItemState;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.eventlog.SittingChange;
import vn.hopso.meeting.eventlog.SittingWriter;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemAdded;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemPublished;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemRemoved;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemUpdated;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SittingUpdated;
import vn.hopso.meeting.sitting.domain.AgendaRules;
import vn.hopso.meeting.sitting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** The secretariat prepares the agenda: each change is logged as events that every screen applies live. */
@Component
public class AgendaEditing {

    private final SittingStore sittings;
    private final SittingWriter writer;
    private final AuditLog audit;
    private final Clock clock;

    AgendaEditing(SittingStore sittings, SittingWriter writer, AuditLog audit, Clock clock) {
        this.sittings = sittings;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    public AgendaItem add(Actor actor, UUID sittingId, AgendaItemForm form) {
        authorise(actor, sittingId);
        return writer.change(sittingId, actor, change -> {
            Sitting sitting = editable(sittingId);
            List<AgendaItem> agenda = sittings.agenda(sittingId);
            UUID id = UUID.randomUUID();
            sittings.insertItem(id, sittingId, agenda.size() + 1, form, sitting.agendaPublishedAt() != null);
            AgendaItem item = item(sittingId, id);
            change.emit(new AgendaItemAdded(item), AgendaRules.audienceOf(item, sitting.closed()));
            audit.record(actor, sitting.organisationId(), "agenda.add", "agenda_item", id, Map.of("title", item.title()));
            return item;
        });
    }

    public AgendaItem update(Actor actor, UUID itemId, AgendaItemForm form) {
        UUID sittingId = sittingOf(itemId);
        authorise(actor, sittingId);
        return writer.change(sittingId, actor, change -> {
            Sitting sitting = editable(sittingId);
            AgendaItem before = item(sittingId, itemId);
            if (before.state() == AgendaItemState.PUBLISHED && before.closed() != form.closed()) {
                throw new Refusal("closed_flag_locked",
                        "Không thể đổi chế độ họp kín của nội dung đã công bố; hãy thêm nội dung mới.");
            }
            sittings.updateItem(itemId, form);
            AgendaItem item = item(sittingId, itemId);
            change.emit(new AgendaItemUpdated(item), AgendaRules.audienceOf(item, sitting.closed()));
            audit.record(actor, sitting.organisationId(), "agenda.update", "agenda_item", itemId, Map.of("title", item.title()));
            return item;
        });
    }

    public void delete(Actor actor, UUID itemId) {
        UUID sittingId = sittingOf(itemId);
        authorise(actor, sittingId);
        writer.change(sittingId, actor, change -> {
            Sitting sitting = editable(sittingId);
            List<AgendaItem> before = sittings.agenda(sittingId);
            AgendaItem item = item(sittingId, itemId);
            if (item.state() != AgendaItemState.DRAFT) {
                throw new Refusal("item_published", "Chỉ xóa được nội dung chưa công bố.");
            }
            sittings.deleteItem(itemId);
            List<AgendaItem> remaining = new ArrayList<>(before);
            remaining.removeIf(i -> i.id().equals(itemId));
            List<AgendaItem> after = AgendaRules.renumber(remaining);
            sittings.savePositions(after);
            change.emit(new AgendaItemRemoved(itemId), AgendaRules.audienceOf(item, sitting.closed()));
            emitChanged(change, sitting, before, after);
            audit.record(actor, sitting.organisationId(), "agenda.delete", "agenda_item", itemId, Map.of("title", item.title()));
            return null;
        });
    }

    public AgendaItem publish(Actor actor, UUID itemId) {
        UUID sittingId = sittingOf(itemId);
        authorise(actor, sittingId);
        return writer.change(sittingId, actor, change -> publishDrafts(actor, change, sittingId, List.of(itemId))
                .stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow());
    }

    public List<AgendaItem> publishAll(Actor actor, UUID sittingId) {
        authorise(actor, sittingId);
        return writer.change(sittingId, actor, change -> publishDrafts(actor, change, sittingId, null));
    }

    public List<AgendaItem> reorder(Actor actor, UUID sittingId, List<UUID> itemIds) {
        authorise(actor, sittingId);
        return writer.change(sittingId, actor, change -> {
            Sitting sitting = editable(sittingId);
            List<AgendaItem> before = sittings.agenda(sittingId);
            List<AgendaItem> after = AgendaRules.renumber(AgendaRules.reorder(before, itemIds));
            sittings.savePositions(after);
            emitChanged(change, sitting, before, after);
            audit.record(actor, sitting.organisationId(), "agenda.reorder", "sitting", sittingId, Map.of("order", itemIds));
            return after;
        });
    }

    /**
     * Publishes the given drafts, or every draft when {@code only} is null, and answers the agenda afterwards.
     */
    private List<AgendaItem> publishDrafts(Actor actor, SittingChange change, UUID sittingId, List<UUID> only) {
        Sitting sitting = editable(sittingId);
        List<AgendaItem> before = sittings.agenda(sittingId);
        List<UUID> itemIds = only != null ? only : before.stream()
                .filter(i -> i.state() == AgendaItemState.DRAFT).map(AgendaItem::id).toList();
        for (UUID id : itemIds) {
            AgendaItem item = before.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
            if (item.state() != AgendaItemState.DRAFT) {
                throw new Refusal("already_published", "Nội dung này đã được công bố.");
            }
            sittings.publishItem(id, clock.instant());
        }
        List<AgendaItem> after = sittings.agenda(sittingId);
        for (AgendaItem item : after) {
            if (itemIds.contains(item.id())) {
                change.emit(new AgendaItemPublished(item), AgendaRules.audienceOf(item, sitting.closed()));
            }
        }
        emitChanged(change, sitting, before.stream().filter(i -> !itemIds.contains(i.id())).toList(),
                after.stream().filter(i -> !itemIds.contains(i.id())).toList());
        if (sitting.agendaPublishedAt() == null && !itemIds.isEmpty()) {
            sittings.markAgendaPublished(sittingId, clock.instant());
            Sitting published = sittings.find(sittingId).orElseThrow();
            change.emit(new SittingUpdated(published), SittingRules.audienceOf(published));
        }
        audit.record(actor, sitting.organisationId(), "agenda.publish", "sitting", sittingId, Map.of("items", itemIds));
        return after;
    }

    /** One update per item whose position or number moved, each seen only by those who may see that item. */
    private static void emitChanged(SittingChange change, Sitting sitting, List<AgendaItem> before,
            List<AgendaItem> after) {
        for (AgendaItem item : AgendaRules.changed(before, after)) {
            change.emit(new AgendaItemUpdated(item), AgendaRules.audienceOf(item, sitting.closed()));
        }
    }

    private void authorise(Actor actor, UUID sittingId) {
        Sitting sitting = sittings.find(sittingId).orElseThrow(() -> ApiProblem.notFound("phiên họp"));
        Guard.require(actor, Permission.MANAGE_AGENDA, sitting.organisationId());
    }

    private UUID sittingOf(UUID itemId) {
        return sittings.sittingOfItem(itemId).orElseThrow(() -> ApiProblem.notFound("nội dung"));
    }

    private Sitting editable(UUID sittingId) {
        Sitting sitting = sittings.find(sittingId).orElseThrow();
        SittingRules.requireEditable(sitting);
        return sitting;
    }

    private AgendaItem item(UUID sittingId, UUID itemId) {
        return sittings.agenda(sittingId).stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
    }
}
