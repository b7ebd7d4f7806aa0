package vn.hopso.meeting.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Permission;

/**
 * What a live screen starts from: the sitting and the agenda as this caller may see them, read in one transaction at
 * event log position {@code lastSeq}; the screen then subscribes to events after it. {@code permissions} are the
 * caller's in the sitting's organisation: what the screen may offer them. {@code attendance} lists every delegate elected
 * on the sitting's day with their latest status, and {@code quorum} the quorum line; the events
 * {@code attendance.changed} keep both up to date. {@code speakers}: the speaker queues of the items the caller sees,
 * each in order, kept up to date by {@code speakers.changed}; {@code notices}: those sent to the caller, oldest first;
 * {@code rollCall}: the latest roll call of sites, if any; {@code operatedSites}: the organisation's sites the caller
 * operates (for whom they answer a roll call, check delegates in, ask to speak).
 */
public record SittingView(Organisation organisation, Session session, Sitting sitting, List<AgendaItem> agenda,
        long lastSeq, List<Permission> permissions, List<AttendanceEntry> attendance, QuorumLine quorum,
        List<SpeakerEntry> speakers, List<SittingNotice> notices, @Nullable RollCall rollCall,
        List<SiteRef> operatedSites) {
}
