package vn.hopso.meeting.site;

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
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.api.Site;
import vn.hopso.meeting.api.SiteForm;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.bus.Notices;
import vn.hopso.meeting.domain.Versions;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.people.MemberStore;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

@Tag(name = "Sites", description = "Điểm cầu: the places that join a sitting or briefing")
@RestController
@RequestMapping("/api")
class SiteController {

    private final SiteStore sites;
    private final OrganisationStore organisations;
    private final MemberStore members;
    private final AuditLog audit;
    private final Notices notices;

    SiteController(SiteStore sites, OrganisationStore organisations, MemberStore members, AuditLog audit,
            Notices notices) {
        this.sites = sites;
        this.organisations = organisations;
        this.members = members;
        this.audit = audit;
        this.notices = notices;
    }

    @Operation(operationId = "listSites", summary = "List the sites of an organisation")
    @GetMapping("/organisations/{organisationId}/sites")
    List<Site> list(Actor actor, @PathVariable UUID organisationId) {
        Guard.require(actor, Permission.VIEW, organisationId);
        requireExisting(organisationId);
        return sites.inOrganisation(organisationId);
    }

    @Operation(operationId = "createSite", summary = "Create a site")
    @PostMapping("/organisations/{organisationId}/sites")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Site create(Actor actor, @PathVariable UUID organisationId, @Valid @RequestBody SiteForm form) {
        Guard.require(actor, Permission.MANAGE_SITES, organisationId);
        requireExisting(organisationId);
        validate(organisationId, null, form);
        Site created = sites.create(organisationId, form);
        audit.record(actor, organisationId, "site.create", "site", created.id(), Map.of("name", created.name()));
        notices.changed(organisationId, OrganisationList.SITES);
        return created;
    }

    @Operation(operationId = "updateSite", summary = "Change a site")
    @PutMapping("/sites/{id}")
    @Transactional
    Site update(Actor actor, @PathVariable UUID id, @Valid @RequestBody SiteForm form) {
        Site existing = sites.find(id).orElseThrow(() -> ApiProblem.notFound("điểm cầu"));
        Guard.require(actor, Permission.MANAGE_SITES, existing.organisationId());
        Versions.require(existing.version(), form.version());
        validate(existing.organisationId(), id, form);
        Site updated = sites.update(id, existing.version(), form);
        audit.record(actor, existing.organisationId(), "site.update", "site", id, Map.of("name", updated.name()));
        notices.changed(existing.organisationId(), OrganisationList.SITES);
        return updated;
    }

    /** Checked after the permission, so that only those who may see an organisation learn whether an id exists. */
    private void requireExisting(UUID organisationId) {
        organisations.find(organisationId).orElseThrow(() -> ApiProblem.notFound("tổ chức"));
    }

    private void validate(UUID organisationId, UUID self, SiteForm form) {
        if (!organisations.levelExists(form.level())) {
            throw ApiProblem.invalid("level", "level_unknown", "Cấp hành chính không tồn tại.");
        }
        if (form.parentId() != null && (form.parentId().equals(self)
                || !sites.find(form.parentId()).map(p -> p.organisationId().equals(organisationId)).orElse(false))) {
            throw ApiProblem.invalid("parentId", "parent_invalid", "Điểm cầu cấp trên không hợp lệ.");
        }
        if (form.operatorMembershipId() != null && !members.find(form.operatorMembershipId())
                .filter(m -> m.role() == Role.SITE_OPERATOR)
                .flatMap(m -> members.organisationOf(m.membershipId()))
                .map(organisationId::equals).orElse(false)) {
            throw ApiProblem.invalid("operatorMembershipId", "operator_invalid",
                    "Người vận hành phải là kỹ thuật điểm cầu của tổ chức này.");
        }
    }
}
