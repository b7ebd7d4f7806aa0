package vn.hopso.meeting.presence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.PresenceView;
import vn.hopso.meeting.sitting.domain.Sitting;
import org.springframework.http.HttpStatus;
import vn.hopso.meeting.sitting.SittingReads;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** Who is connected to a sitting: for the chair and the secretariat. */
@Tag(name = "Sittings")
@RestController
class PresenceController {

    private final Presence presence;
    private final SittingReads reads;
    private final Clock clock;

    PresenceController(Presence presence, SittingReads reads, Clock clock) {
        this.presence = presence;
        this.reads = reads;
        this.clock = clock;
    }

    @Operation(operationId = "getPresence", summary = "List who is connected to a sitting now, on any node")
    @GetMapping("/api/sittings/{id}/presence")
    PresenceView present(Actor actor, @PathVariable UUID id) {
        Sitting sitting = reads.visibleSitting(actor, id);
        Guard.require(actor, Permission.VIEW_DRAFTS, sitting.organisationId());
        try {
            return new PresenceView(id, presence.present(id, clock.instant()).stream().sorted().toList());
        } catch (RuntimeException e) {
            // Presence lives in Redis on several nodes: while it is unreachable there is no answer, and no record lost.
            throw ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "presence_unavailable",
                    "Tạm thời không xem được ai đang kết nối. Vui lòng thử lại sau ít phút.");
        }
    }
}
