package vn.hopso.meeting.api;

/**
 * Whose microphones the media server lets through in a sitting's video, as the chair sets it. Whoever holds the floor
 * is always heard.
 */
public enum Microphones {
    /** The chair and the speaker; everyone else is muted on the server (the default). */
    FLOOR,
    /** Everyone may open their own microphone (a discussion, a briefing's round of sites). */
    OPEN,
    /** Only the speaker: the chair is muted too ("tắt micrô tất cả"). */
    SPEAKER_ONLY
}
