package vn.hopso.meeting.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AuditEntry;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

@Tag(name = "Audit", description = "Who changed what and when in an organisation")
@RestController
class AuditController {

    private final AuditLog audit;
    private final OrganisationStore organisations;

    AuditController(AuditLog audit, OrganisationStore organisations) {
        this.audit = audit;
        this.organisations = organisations;
    }

    @Operation(operationId = "listAuditEntries", summary = "List the latest audit entries of an organisation (secretariat, administrators)")
    @GetMapping("/api/audit")
    List<AuditEntry> recent(Actor actor, @RequestParam UUID organisationId) {
        Guard.require(actor, Permission.VIEW_AUDIT, organisationId);
        // After the permission, so that only those who may see an organisation learn whether an id exists.
        organisations.find(organisationId).orElseThrow(() -> ApiProblem.notFound("tổ chức"));
        return audit.recent(organisationId, 200);
    }
}
