package vn.hopso.meeting.api;

/** A span of a text, counted in UTF-16 code units as JavaScript strings count them. */
public record TextMark(int start, int length) {
}
