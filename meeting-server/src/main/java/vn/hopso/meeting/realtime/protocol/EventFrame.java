package vn.hopso.meeting.realtime.protocol;

import java.time.Instant;
import java.util.UUID;

/** A logged event with its place in the sitting's log, as it travels to clients. */
public record EventFrame(UUID sittingId, long seq, Instant at, SittingEvent event) {
}
