package vn.hopso.meeting.bus;

import java.util.UUID;
import vn.hopso.meeting.access.Recipients;

/** A committed sitting event on its way to every node: the frame is encoded once, sent as is to each client. */
public record BusEvent(UUID sittingId, long seq, Recipients recipients, String frame) {
}
