package vn.hopso.meeting.api;

import java.util.List;

/**
 * What a live screen starts from: the sitting and the agenda as this caller may see them, read in one transaction at
 * event log position {@code lastSeq}; the screen then subscribes to events after it.
 */
public record SittingView(Organisation organisation, Session session, Sitting sitting, List<AgendaItem> agenda,
        long lastSeq, boolean canManage, boolean canChair) {
}
