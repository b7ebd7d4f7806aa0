package vn.hopso.meeting.eventlog;

import java.util.ArrayList;
import java.util.List;
import vn.hopso.meeting.access.Audience;
import vn.hopso.meeting.realtime.protocol.SittingEvent;

/** The events one change of a sitting emits, in order; numbered and logged when the change commits. */
public final class SittingChange {

    record Pending(SittingEvent event, Audience audience) {
    }

    private final List<Pending> pending = new ArrayList<>();

    public void emit(SittingEvent event, Audience audience) {
        pending.add(new Pending(event, audience));
    }

    List<Pending> pending() {
        return List.copyOf(pending);
    }
}
