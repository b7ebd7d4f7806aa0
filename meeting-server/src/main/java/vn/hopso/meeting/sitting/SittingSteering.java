package vn.hopso.meeting.sitting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingForm;
import vn.hopso.meeting.api.SittingState;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.eventlog.SittingChange;
import vn.hopso.meeting.eventlog.SittingWriter;
import vn.hopso.meeting.realtime.protocol.SittingEvent.CurrentItemChanged;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SittingEnded;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SittingStarted;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SittingUpdated;
import vn.hopso.meeting.sitting.domain.AgendaRules;
import vn.hopso.meeting.sitting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** Opening, closing and moving through a sitting: what the chair does, logged for every screen. */
@Component
public class SittingSteering {

    private final SittingStore sittings;
    private final SittingWriter writer;
    private final AuditLog audit;

    SittingSteering(SittingStore sittings, SittingWriter writer, AuditLog audit) {
        this.sittings = sittings;
        this.writer = writer;
        this.audit = audit;
    }

    /** Edits the sitting; {@code validation} runs once the caller is known to be allowed. */
    public Sitting edit(Actor actor, UUID sittingId, SittingForm form, Runnable validation) {
        authorise(actor, sittingId, Permission.MANAGE_AGENDA);
        validation.run();
        return writer.change(sittingId, actor, change -> {
            sittings.update(sittingId, form);
            Sitting sitting = sittings.find(sittingId).orElseThrow();
            change.emit(new SittingUpdated(sitting), SittingRules.audienceOf(sitting));
            audit.record(actor, sitting.organisationId(), "sitting.update", "sitting", sittingId,
                    Map.of("title", sitting.title(), "closed", sitting.closed()));
            return sitting;
        });
    }

    public void start(Actor actor, UUID sittingId) {
        authorise(actor, sittingId, Permission.RUN_SITTING);
        writer.change(sittingId, actor, change -> {
            Sitting sitting = sittings.find(sittingId).orElseThrow();
            SittingRules.requireCanStart(sitting);
            UUID first = AgendaRules.first(sittings.agenda(sittingId)).orElse(null);
            sittings.setState(sittingId, SittingState.IN_PROGRESS, first);
            Sitting started = sittings.find(sittingId).orElseThrow();
            change.emit(new SittingStarted(started), SittingRules.audienceOf(started));
            change.emit(new CurrentItemChanged(first), SittingRules.audienceOf(started));
            audit.record(actor, sitting.organisationId(), "sitting.start", "sitting", sittingId, Map.of());
            return null;
        });
    }

    public void end(Actor actor, UUID sittingId) {
        authorise(actor, sittingId, Permission.RUN_SITTING);
        writer.change(sittingId, actor, change -> {
            Sitting sitting = sittings.find(sittingId).orElseThrow();
            SittingRules.requireCanEnd(sitting);
            sittings.setState(sittingId, SittingState.ENDED, null);
            Sitting ended = sittings.find(sittingId).orElseThrow();
            change.emit(new CurrentItemChanged(null), SittingRules.audienceOf(ended));
            change.emit(new SittingEnded(ended), SittingRules.audienceOf(ended));
            audit.record(actor, sitting.organisationId(), "sitting.end", "sitting", sittingId, Map.of());
            return null;
        });
    }

    public void advance(Actor actor, UUID sittingId) {
        authorise(actor, sittingId, Permission.CHAIR_SITTING);
        writer.change(sittingId, actor, change -> {
            Sitting sitting = movable(sittingId);
            UUID next = AgendaRules.next(sittings.agenda(sittingId), sitting.currentItemId())
                    .orElseThrow(() -> new Refusal("agenda_finished", "Đã ở nội dung cuối cùng của chương trình."));
            moveTo(change, sitting, next);
            return null;
        });
    }

    public void goTo(Actor actor, UUID sittingId, UUID itemId) {
        authorise(actor, sittingId, Permission.CHAIR_SITTING);
        writer.change(sittingId, actor, change -> {
            Sitting sitting = movable(sittingId);
            List<AgendaItem> agenda = sittings.agenda(sittingId);
            AgendaItem item = agenda.stream().filter(i -> i.id().equals(itemId)).findFirst()
                    .orElseThrow(() -> new Refusal("item_not_in_sitting", "Nội dung không thuộc phiên họp này."));
            SittingRules.requireCanBeCurrent(item);
            moveTo(change, sitting, itemId);
            return null;
        });
    }

    private void moveTo(SittingChange change, Sitting sitting, UUID itemId) {
        sittings.setCurrentItem(sitting.id(), itemId);
        change.emit(new CurrentItemChanged(itemId), SittingRules.audienceOf(sitting));
    }

    private Sitting movable(UUID sittingId) {
        Sitting sitting = sittings.find(sittingId).orElseThrow();
        SittingRules.requireCanMoveAgenda(sitting);
        return sitting;
    }

    private void authorise(Actor actor, UUID sittingId, Permission permission) {
        Sitting sitting = sittings.find(sittingId).orElseThrow(() -> ApiProblem.notFound("phiên họp"));
        Guard.require(actor, permission, sitting.organisationId());
    }
}
