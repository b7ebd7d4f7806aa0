package vn.hopso.meeting.eventlog;

import vn.hopso.meeting.access.Audience;

/** One entry of a sitting's event log: its position, who may see it, and the frame exactly as clients get it. */
public record StoredEvent(long seq, Audience audience, String frame) {
}
