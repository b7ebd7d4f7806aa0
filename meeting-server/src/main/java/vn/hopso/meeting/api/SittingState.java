package vn.hopso.meeting.api;

public enum SittingState {
    PLANNED,
    IN_PROGRESS,
    ENDED
}
