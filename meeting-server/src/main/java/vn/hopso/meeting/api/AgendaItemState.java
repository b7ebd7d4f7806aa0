package vn.hopso.meeting.api;

public enum AgendaItemState {
    DRAFT,
    PUBLISHED
}
