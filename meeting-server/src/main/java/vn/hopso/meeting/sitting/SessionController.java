package vn.hopso.meeting.sitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.Session;
import vn.hopso.meeting.api.SessionForm;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.bus.Notices;
import vn.hopso.meeting.domain.Versions;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** Kỳ họp of an organisation. */
@Tag(name = "Sessions", description = "Kỳ họp: sessions of several days, made of sittings")
@RestController
@RequestMapping("/api")
class SessionController {

    private final SessionStore sessions;
    private final OrganisationStore organisations;
    private final AuditLog audit;
    private final Notices notices;

    SessionController(SessionStore sessions, OrganisationStore organisations, AuditLog audit, Notices notices) {
        this.sessions = sessions;
        this.organisations = organisations;
        this.audit = audit;
        this.notices = notices;
    }

    @Operation(operationId = "listSessions", summary = "List the sessions of an organisation")
    @GetMapping("/organisations/{organisationId}/sessions")
    List<Session> list(Actor actor, @PathVariable UUID organisationId) {
        Guard.require(actor, Permission.VIEW, organisationId);
        requireExisting(organisationId);
        return sessions.inOrganisation(organisationId);
    }

    @Operation(operationId = "getSession", summary = "Get a session")
    @GetMapping("/sessions/{id}")
    Session get(Actor actor, @PathVariable UUID id) {
        Session session = sessions.find(id).orElseThrow(() -> ApiProblem.notFound("kỳ họp"));
        Guard.require(actor, Permission.VIEW, session.organisationId());
        return session;
    }

    @Operation(operationId = "createSession", summary = "Create a session")
    @PostMapping("/organisations/{organisationId}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Session create(Actor actor, @PathVariable UUID organisationId, @Valid @RequestBody SessionForm form) {
        Guard.require(actor, Permission.MANAGE_AGENDA, organisationId);
        requireExisting(organisationId);
        checkDates(form);
        Session created = sessions.create(organisationId, form);
        audit.record(actor, organisationId, "session.create", "session", created.id(), Map.of("name", created.name()));
        notices.changed(organisationId, OrganisationList.SESSIONS);
        return created;
    }

    @Operation(operationId = "updateSession", summary = "Change a session")
    @PutMapping("/sessions/{id}")
    @Transactional
    Session update(Actor actor, @PathVariable UUID id, @Valid @RequestBody SessionForm form) {
        Session existing = sessions.find(id).orElseThrow(() -> ApiProblem.notFound("kỳ họp"));
        Guard.require(actor, Permission.MANAGE_AGENDA, existing.organisationId());
        Versions.require(existing.version(), form.version());
        checkDates(form);
        Session updated = sessions.update(id, existing.version(), form);
        audit.record(actor, existing.organisationId(), "session.update", "session", id, Map.of("name", updated.name()));
        notices.changed(existing.organisationId(), OrganisationList.SESSIONS);
        return updated;
    }

    /** Checked after the permission, so that only those who may see an organisation learn whether an id exists. */
    private void requireExisting(UUID organisationId) {
        organisations.find(organisationId).orElseThrow(() -> ApiProblem.notFound("tổ chức"));
    }

    private static void checkDates(SessionForm form) {
        if (form.endsOn().isBefore(form.startsOn())) {
            throw ApiProblem.invalid("endsOn", "Ngày kết thúc không được trước ngày khai mạc.");
        }
    }
}
