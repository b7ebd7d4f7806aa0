package vn.hopso.meeting.eventlog;

import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.realtime.protocol.SittingEvent;

/** An event a command makes, and who may receive it. */
public record Emitted(SittingEvent event, Recipients recipients) {
}
