package vn.hopso.meeting.sitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Audience;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemForm;
import vn.hopso.meeting.api.AgendaOrder;
import vn.hopso.meeting.api.Session;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingForm;
import vn.hopso.meeting.api.SittingView;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.sitting.domain.AgendaRules;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** Sittings of a session and their agenda. Closed sittings and drafts only for those entitled. */
@Tag(name = "Sittings", description = "Phiên họp and their agenda")
@RestController
@RequestMapping("/api")
class SittingController {

    private final SessionStore sessions;
    private final SittingStore sittings;
    private final OrganisationStore organisations;
    private final AgendaEditing agenda;
    private final SittingSteering steering;
    private final AuditLog audit;

    SittingController(SessionStore sessions, SittingStore sittings, OrganisationStore organisations,
            AgendaEditing agenda, SittingSteering steering, AuditLog audit) {
        this.sessions = sessions;
        this.sittings = sittings;
        this.organisations = organisations;
        this.agenda = agenda;
        this.steering = steering;
        this.audit = audit;
    }

    @Operation(operationId = "listSittings", summary = "List the sittings of a session the caller may see")
    @GetMapping("/sessions/{sessionId}/sittings")
    List<Sitting> list(Actor actor, @PathVariable UUID sessionId) {
        Session session = sessions.find(sessionId).orElseThrow(() -> ApiProblem.notFound("kỳ họp"));
        Guard.require(actor, Permission.VIEW, session.organisationId());
        boolean closedAllowed = actor.may(Permission.VIEW_CLOSED, session.organisationId());
        return sittings.inSession(sessionId).stream().filter(s -> closedAllowed || !s.closed()).toList();
    }

    @Operation(operationId = "createSitting", summary = "Create a sitting")
    @PostMapping("/sessions/{sessionId}/sittings")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Sitting create(Actor actor, @PathVariable UUID sessionId, @Valid @RequestBody SittingForm form) {
        Session session = sessions.find(sessionId).orElseThrow(() -> ApiProblem.notFound("kỳ họp"));
        Guard.require(actor, Permission.MANAGE_AGENDA, session.organisationId());
        checkTimes(form);
        Sitting created = sittings.create(sessionId, session.organisationId(), form);
        audit.record(actor, session.organisationId(), "sitting.create", "sitting", created.id(),
                Map.of("title", created.title(), "closed", created.closed()));
        return created;
    }

    @Operation(operationId = "getSitting", summary = "Get a sitting")
    @GetMapping("/sittings/{id}")
    Sitting get(Actor actor, @PathVariable UUID id) {
        return visible(actor, id);
    }

    @Operation(operationId = "updateSitting", summary = "Change a sitting")
    @PutMapping("/sittings/{id}")
    Sitting update(Actor actor, @PathVariable UUID id, @Valid @RequestBody SittingForm form) {
        return steering.edit(actor, id, form, () -> checkTimes(form));
    }

    /** The snapshot a live screen starts from, consistent with {@code lastSeq}. */
    @Operation(operationId = "getSittingView", summary = "Get the snapshot a live screen starts from")
    @GetMapping("/sittings/{id}/view")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    SittingView view(Actor actor, @PathVariable UUID id) {
        Sitting sitting = visible(actor, id);
        Audience clearance = actor.clearanceIn(sitting.organisationId());
        List<AgendaItem> items = sittings.agenda(id).stream()
                .filter(item -> AgendaRules.audienceOf(item, sitting.closed()).admits(clearance))
                .toList();
        return new SittingView(organisations.find(sitting.organisationId()).orElseThrow(),
                sessions.find(sitting.sessionId()).orElseThrow(), sitting, items, sitting.lastSeq(),
                actor.may(Permission.MANAGE_AGENDA, sitting.organisationId()),
                actor.may(Permission.CHAIR_SITTING, sitting.organisationId()));
    }

    @Operation(operationId = "addAgendaItem", summary = "Add an item to the agenda (as a draft)")
    @PostMapping("/sittings/{id}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    AgendaItem addItem(Actor actor, @PathVariable UUID id, @Valid @RequestBody AgendaItemForm form) {
        return agenda.add(actor, id, form);
    }

    @Operation(operationId = "updateAgendaItem", summary = "Change an agenda item")
    @PutMapping("/agenda-items/{itemId}")
    AgendaItem updateItem(Actor actor, @PathVariable UUID itemId, @Valid @RequestBody AgendaItemForm form) {
        return agenda.update(actor, itemId, form);
    }

    @Operation(operationId = "deleteAgendaItem", summary = "Delete a draft agenda item")
    @DeleteMapping("/agenda-items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteItem(Actor actor, @PathVariable UUID itemId) {
        agenda.delete(actor, itemId);
    }

    @Operation(operationId = "publishAgendaItem", summary = "Publish one draft agenda item")
    @PostMapping("/agenda-items/{itemId}/publish")
    AgendaItem publishItem(Actor actor, @PathVariable UUID itemId) {
        return agenda.publish(actor, itemId);
    }

    @Operation(operationId = "publishAgenda", summary = "Publish every draft item of the agenda")
    @PostMapping("/sittings/{id}/agenda/publish")
    List<AgendaItem> publishAll(Actor actor, @PathVariable UUID id) {
        return agenda.publishAll(actor, id);
    }

    @Operation(operationId = "reorderAgenda", summary = "Put the agenda in a new order")
    @PutMapping("/sittings/{id}/agenda/order")
    List<AgendaItem> reorder(Actor actor, @PathVariable UUID id, @Valid @RequestBody AgendaOrder order) {
        return agenda.reorder(actor, id, order.itemIds());
    }

    private Sitting visible(Actor actor, UUID id) {
        Sitting sitting = sittings.find(id).orElseThrow(() -> ApiProblem.notFound("phiên họp"));
        Guard.require(actor, sitting.closed() ? Permission.VIEW_CLOSED : Permission.VIEW, sitting.organisationId());
        return sitting;
    }

    private static void checkTimes(SittingForm form) {
        if (form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
            throw ApiProblem.invalid("endsAt", "Giờ kết thúc phải sau giờ bắt đầu.");
        }
    }
}
