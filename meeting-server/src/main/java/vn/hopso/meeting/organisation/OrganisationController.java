package vn.hopso.meeting.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.hopso.meeting.api.Level;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.OrganisationForm;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.bus.Notices;
import vn.hopso.meeting.domain.Versions;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** Councils and other organising bodies. Only a system administrator creates one. */
@Tag(name = "Organisations", description = "Councils and other organising bodies, and the administrative levels")
@RestController
@RequestMapping("/api")
class OrganisationController {

    private final OrganisationStore organisations;
    private final AuditLog audit;
    private final Notices notices;

    OrganisationController(OrganisationStore organisations, AuditLog audit, Notices notices) {
        this.organisations = organisations;
        this.audit = audit;
        this.notices = notices;
    }

    @Operation(operationId = "listOrganisations", summary = "List the organisations the caller belongs to (all for a system administrator)")
    @GetMapping("/organisations")
    List<Organisation> list(Actor actor) {
        return actor.systemAdmin() ? organisations.all() : organisations.withIds(actor.roles().keySet());
    }

    @Operation(operationId = "getOrganisation", summary = "Get an organisation")
    @GetMapping("/organisations/{id}")
    Organisation get(Actor actor, @PathVariable UUID id) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> ApiProblem.notFound("tổ chức"));
        Guard.require(actor, Permission.VIEW, id);
        return organisation;
    }

    @Operation(operationId = "createOrganisation", summary = "Create an organisation (system administrators)")
    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Organisation create(Actor actor, @Valid @RequestBody OrganisationForm form) {
        if (!actor.systemAdmin()) {
            throw ApiProblem.forbidden();
        }
        validate(form, null);
        Organisation created = organisations.create(form);
        audit.record(actor, created.id(), "organisation.create", "organisation", created.id(), Map.of("name", created.name()));
        notices.changed(created.id(), OrganisationList.ORGANISATION);
        return created;
    }

    @Operation(operationId = "updateOrganisation", summary = "Change an organisation (its administrators)")
    @PutMapping("/organisations/{id}")
    @Transactional
    Organisation update(Actor actor, @PathVariable UUID id, @Valid @RequestBody OrganisationForm form) {
        Organisation existing = organisations.find(id).orElseThrow(() -> ApiProblem.notFound("tổ chức"));
        Guard.require(actor, Permission.MANAGE_ORGANISATION, id);
        Versions.require(existing.version(), form.version());
        validate(form, id);
        Organisation updated = organisations.update(id, existing.version(), form);
        audit.record(actor, id, "organisation.update", "organisation", id, Map.of("name", updated.name()));
        notices.changed(id, OrganisationList.ORGANISATION);
        return updated;
    }

    @Operation(operationId = "listLevels", summary = "List the administrative levels (central, province, district, commune)")
    @GetMapping("/levels")
    List<Level> levels() {
        return organisations.levels();
    }

    private void validate(OrganisationForm form, @Nullable UUID self) {
        if ((form.quorumNumerator() == null) != (form.quorumDenominator() == null)) {
            throw ApiProblem.invalid(form.quorumNumerator() == null ? "quorumNumerator" : "quorumDenominator",
                    "Cần ghi cả tử số và mẫu số của tỉ lệ tối thiểu.");
        }
        if (form.quorumNumerator() != null && form.quorumNumerator() > form.quorumDenominator()) {
            throw ApiProblem.invalid("quorumNumerator", "Tỉ lệ tối thiểu không được lớn hơn toàn bộ đại biểu.");
        }
        if (!organisations.levelExists(form.level())) {
            throw ApiProblem.invalid("level", "level_unknown", "Cấp hành chính không tồn tại.");
        }
        if (form.parentId() != null
                && (form.parentId().equals(self) || organisations.find(form.parentId()).isEmpty())) {
            throw ApiProblem.invalid("parentId", "parent_invalid", "Tổ chức cấp trên không hợp lệ.");
        }
    }
}
