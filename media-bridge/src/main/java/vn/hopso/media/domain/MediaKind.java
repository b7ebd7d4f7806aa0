package vn.hopso.media.domain;

/** The kinds of stream a publisher sends, each muted or let through on its own. */
public enum MediaKind {
    AUDIO,
    VIDEO
}
