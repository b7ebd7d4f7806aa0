package vn.hopso.meeting.eventlog;

import vn.hopso.meeting.access.Recipients;

/** One entry of a sitting's event log: its position, who may receive it, and the frame exactly as clients get it. */
public record StoredEvent(long seq, Recipients recipients, String frame) {
}
