package vn.hopso.meeting.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.AuditEntry;
import vn.hopso.meeting.web.Guard;

@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> recent(Actor actor, @RequestParam UUID organisationId) {
        Guard.require(actor, Permission.VIEW_AUDIT, organisationId);
        return audit.recent(organisationId, 200);
    }
}
