package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

/**
 * What a sitting leaves for its minutes: every attendance change in order, every speech given (who, in which kind,
 * from when to when, how far past their time), and the presence snapshots taken.
 */
public record SittingRecord(UUID sittingId, List<AttendanceLine> attendance, List<SpeakerEntry> speeches,
        List<PresenceSnapshot> snapshots) {
}
