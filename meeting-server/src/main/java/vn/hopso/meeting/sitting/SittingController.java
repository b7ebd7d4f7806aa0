package vn.hopso.meeting.sitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemForm;
import vn.hopso.meeting.api.AgendaOrder;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.Session;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingForm;
import vn.hopso.meeting.api.SittingView;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.bus.Notices;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.command.Outcome;
import vn.hopso.meeting.sitting.domain.SittingCommand.ItemDetails;
import vn.hopso.meeting.sitting.domain.SittingCommand.SittingDetails;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.CommandAnswers;
import vn.hopso.meeting.web.Guard;

/**
 * Sittings of a session and their agenda. Reads are shaped by what the caller may see; every change is a command run
 * through the pipeline, like the chair's over the WebSocket.
 */
@Tag(name = "Sittings", description = "Phiên họp and their agenda")
@RestController
@RequestMapping("/api")
class SittingController {

    private final SessionStore sessions;
    private final SittingStore sittings;
    private final SittingReads reads;
    private final CommandPipeline pipeline;
    private final AuditLog audit;
    private final Notices notices;

    SittingController(SessionStore sessions, SittingStore sittings, SittingReads reads, CommandPipeline pipeline,
            AuditLog audit, Notices notices) {
        this.sessions = sessions;
        this.sittings = sittings;
        this.reads = reads;
        this.pipeline = pipeline;
        this.audit = audit;
        this.notices = notices;
    }

    @Operation(operationId = "listSittings", summary = "List the sittings of a session the caller may see")
    @GetMapping("/sessions/{sessionId}/sittings")
    List<Sitting> list(Actor actor, @PathVariable UUID sessionId) {
        Session session = sessions.find(sessionId).orElseThrow(() -> ApiProblem.notFound("kỳ họp"));
        Guard.require(actor, Permission.VIEW, session.organisationId());
        return reads.inSession(actor, sessionId);
    }

    @Operation(operationId = "createSitting", summary = "Create a sitting")
    @PostMapping("/sessions/{sessionId}/sittings")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Sitting create(Actor actor, @PathVariable UUID sessionId, @Valid @RequestBody SittingForm form) {
        Session session = sessions.find(sessionId).orElseThrow(() -> ApiProblem.notFound("kỳ họp"));
        Guard.require(actor, Permission.MANAGE_AGENDA, session.organisationId());
        SittingRules.requireValidTimes(details(form));
        var created = sittings.create(sessionId, session.organisationId(), details(form));
        audit.record(actor, session.organisationId(), "sitting.create", "sitting", created.id(),
                Map.of("title", created.title(), "closed", created.closed()));
        notices.changed(session.organisationId(), OrganisationList.SITTINGS);
        return reads.sitting(actor, created.id());
    }

    @Operation(operationId = "getSitting", summary = "Get a sitting")
    @GetMapping("/sittings/{id}")
    Sitting get(Actor actor, @PathVariable UUID id) {
        return reads.sitting(actor, id);
    }

    @Operation(operationId = "updateSitting", summary = "Change a sitting")
    @PutMapping("/sittings/{id}")
    Sitting update(Actor actor, @PathVariable UUID id, @Valid @RequestBody SittingForm form,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        Outcome.Applied applied = run(actor, new SittingCommand.EditSitting(id, details(form), form.version()), key);
        return SittingWire.sitting(reads.shown(actor, applied.after()));
    }

    /** The snapshot a live screen starts from, consistent with {@code lastSeq}. */
    @Operation(operationId = "getSittingView", summary = "Get the snapshot a live screen starts from")
    @GetMapping("/sittings/{id}/view")
    SittingView view(Actor actor, @PathVariable UUID id) {
        return reads.view(actor, id);
    }

    @Operation(operationId = "addAgendaItem", summary = "Add an item to the agenda (as a draft)")
    @PostMapping("/sittings/{id}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    AgendaItem addItem(Actor actor, @PathVariable UUID id, @Valid @RequestBody AgendaItemForm form,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        Outcome.Applied applied = run(actor, new SittingCommand.AddItem(id, details(form)), key);
        return reads.item(actor, applied.after(), applied.subjectId());
    }

    @Operation(operationId = "updateAgendaItem", summary = "Change an agenda item")
    @PutMapping("/agenda-items/{itemId}")
    AgendaItem updateItem(Actor actor, @PathVariable UUID itemId, @Valid @RequestBody AgendaItemForm form,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        Outcome.Applied applied = run(actor, new SittingCommand.EditItem(itemId, details(form), form.version()), key);
        return reads.item(actor, applied.after(), itemId);
    }

    @Operation(operationId = "deleteAgendaItem", summary = "Delete a draft agenda item")
    @DeleteMapping("/agenda-items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteItem(Actor actor, @PathVariable UUID itemId,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        run(actor, new SittingCommand.RemoveItem(itemId), key);
    }

    @Operation(operationId = "publishAgendaItem", summary = "Publish one draft agenda item")
    @PostMapping("/agenda-items/{itemId}/publish")
    AgendaItem publishItem(Actor actor, @PathVariable UUID itemId,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        Outcome.Applied applied = run(actor, new SittingCommand.PublishItem(itemId), key);
        return reads.item(actor, applied.after(), itemId);
    }

    @Operation(operationId = "publishAgenda", summary = "Publish every draft item of the agenda")
    @PostMapping("/sittings/{id}/agenda/publish")
    List<AgendaItem> publishAll(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        return reads.agenda(actor, run(actor, new SittingCommand.PublishAgenda(id), key).after());
    }

    @Operation(operationId = "reorderAgenda", summary = "Put the agenda in a new order")
    @PutMapping("/sittings/{id}/agenda/order")
    List<AgendaItem> reorder(Actor actor, @PathVariable UUID id, @Valid @RequestBody AgendaOrder order,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        return reads.agenda(actor, run(actor, new SittingCommand.ReorderAgenda(id, order.itemIds()), key).after());
    }

    private Outcome.Applied run(Actor actor, SittingCommand command, @Nullable String key) {
        return CommandAnswers.applied(pipeline.run(actor, command, CommandAnswers.key(key)));
    }

    private static SittingDetails details(SittingForm form) {
        return new SittingDetails(form.title(), form.startsAt(), form.endsAt(), form.place(), form.closed());
    }

    private static ItemDetails details(AgendaItemForm form) {
        return new ItemDetails(form.title(), form.description(), form.presenter(), form.estimatedMinutes(),
                form.closed());
    }
}
