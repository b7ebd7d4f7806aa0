package vn.hopso.meeting.sitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.PresenceSnapshot;
import vn.hopso.meeting.api.SittingRecord;
import vn.hopso.meeting.api.SpeakerState;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.meeting.sitting.domain.SpeakerRequest;
import vn.hopso.meeting.web.CommandAnswers;

/** What a sitting's attendance and speeches leave for the minutes, and presence snapshots. */
@Tag(name = "Sittings")
@RestController
@RequestMapping("/api")
class AttendanceController {

    private final SittingReads reads;
    private final AttendanceStore attendance;
    private final SpeakerStore speakers;
    private final CommandPipeline pipeline;

    AttendanceController(SittingReads reads, AttendanceStore attendance, SpeakerStore speakers,
            CommandPipeline pipeline) {
        this.reads = reads;
        this.attendance = attendance;
        this.speakers = speakers;
        this.pipeline = pipeline;
    }

    @Operation(operationId = "takePresenceSnapshot", summary = "Store who is present now, with the quorum line")
    @PostMapping("/sittings/{id}/attendance/snapshots")
    @ResponseStatus(HttpStatus.CREATED)
    PresenceSnapshot snapshot(Actor actor, @PathVariable UUID id,
            @RequestHeader(name = CommandAnswers.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        UUID taken = CommandAnswers.applied(pipeline.run(actor, new SittingCommand.TakePresenceSnapshot(id),
                CommandAnswers.key(key))).subjectId();
        return attendance.snapshot(taken).orElseThrow();
    }

    @Operation(operationId = "getSittingRecord", summary = "Get the attendance history, the speeches and the snapshots")
    @GetMapping("/sittings/{id}/record")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    SittingRecord record(Actor actor, @PathVariable UUID id) {
        Sitting sitting = reads.visibleSitting(actor, id);
        if (!actor.may(Permission.TAKE_ATTENDANCE, sitting.organisationId())) {
            throw Refusal.forbidden().exception();
        }
        return new SittingRecord(id, attendance.historyLines(id), speakers.of(id).requests().stream()
                .filter(r -> r.state() == SpeakerState.DONE)
                .sorted(Comparator.comparing(SpeakerRequest::startedAt))
                .map(SpeakerStore::entry).toList(), attendance.snapshots(id));
    }
}
