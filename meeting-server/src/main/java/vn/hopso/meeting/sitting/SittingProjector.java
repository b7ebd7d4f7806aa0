package vn.hopso.meeting.sitting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.eventlog.Emitted;
import vn.hopso.meeting.realtime.protocol.SittingEvent;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;
import vn.hopso.meeting.sitting.domain.ViewDiff;

/**
 * The events a change of a sitting makes: for each clearance, what its viewers' screens must apply to go from what they
 * saw to what they see now. Clearances whose events are the same share them; the others get their own, addressed to
 * exactly them.
 */
@Component
public class SittingProjector {

    public List<Emitted> events(SittingSnapshot before, SittingSnapshot after) {
        Map<List<SittingEvent>, Set<Clearance>> byEvents = new LinkedHashMap<>();
        for (Clearance clearance : List.of(Clearance.STAFF, Clearance.MEMBER, Clearance.PUBLIC)) {
            List<SittingEvent> events = ViewDiff.between(before, after, clearance).stream().map(SittingWire::event)
                    .toList();
            if (!events.isEmpty()) {
                byEvents.computeIfAbsent(events, e -> EnumSet.noneOf(Clearance.class)).add(clearance);
            }
        }
        List<Emitted> emitted = new ArrayList<>();
        byEvents.forEach((events, clearances) -> {
            Recipients recipients = clearances.size() == Clearance.values().length ? Recipients.everyone()
                    : Recipients.exactly(clearances);
            events.forEach(event -> emitted.add(new Emitted(event, recipients)));
        });
        return emitted;
    }
}
