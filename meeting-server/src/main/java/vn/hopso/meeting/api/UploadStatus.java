package vn.hopso.meeting.api;

/** How one uploaded file ended. */
public enum UploadStatus {
    /** Read, stored and attached: delegates see it from its release time. */
    READY,
    /** Refused: {@code code} and {@code message} say why; nothing was kept of it. */
    FAILED
}
