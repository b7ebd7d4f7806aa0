package vn.hopso.meeting.api;

/** The colours a reader highlights a passage with. */
public enum HighlightColour {
    YELLOW, GREEN, BLUE, PINK
}
