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
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.meeting.web.Guard;

/** Who is connected to a sitting: for the chair and the secretariat. */
@Tag(name = "Sittings")
@RestController
class PresenceController {

    private final Presence presence;
    private final SittingStore sittings;
    private final Clock clock;

    PresenceController(Presence presence, SittingStore sittings, Clock clock) {
        this.presence = presence;
        this.sittings = sittings;
        this.clock = clock;
    }

    @Operation(operationId = "getPresence", summary = "List who is connected to a sitting now, on any node")
    @GetMapping("/api/sittings/{id}/presence")
    PresenceView present(Actor actor, @PathVariable UUID id) {
        Sitting sitting = sittings.find(id).orElseThrow(() -> ApiProblem.notFound("phiên họp"));
        Guard.require(actor, Permission.VIEW_DRAFTS, sitting.organisationId());
        return new PresenceView(id, presence.present(id, clock.instant()).stream().sorted().toList());
    }
}
