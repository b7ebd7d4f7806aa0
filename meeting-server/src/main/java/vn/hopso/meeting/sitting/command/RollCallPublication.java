package vn.hopso.meeting.sitting.command;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.RollCall;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.realtime.protocol.SittingEvent.RollCallChanged;
import vn.hopso.meeting.sitting.RollCallStore;
import vn.hopso.meeting.sitting.domain.RollCallRules;

/** Reads the sitting's roll call and, after a change, sends it as it now stands to every screen. */
@Component
class RollCallPublication {

    private final RollCallStore rollCalls;

    RollCallPublication(RollCallStore rollCalls) {
        this.rollCalls = rollCalls;
    }

    RollCallStore store() {
        return rollCalls;
    }

    Optional<RollCall> latest(CommandContext context) {
        return rollCalls.latest(context.before().sitting().id());
    }

    /** The roll call that is open now, or the refusal that none is. */
    RollCall open(CommandContext context) {
        Optional<RollCall> open = latest(context).filter(call -> call.endedAt() == null);
        RollCallRules.requireOpen(open.isPresent());
        return open.orElseThrow();
    }

    void publish(CommandContext context) {
        latest(context).ifPresent(call -> context.emit(new RollCallChanged(call), Recipients.everyone()));
    }
}
