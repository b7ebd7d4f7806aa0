package vn.hopso.meeting.api;

/** Where a file being uploaded stands on the server, before its outcome ({@link UploadStatus}) is answered. */
public enum UploadStage {
    /** Every conversion worker is busy: the Office file waits for one. */
    WAITING,
    /** LibreOffice is converting the Office file to PDF. */
    CONVERTING,
    /** PDFBox is reading the PDF's pages (page {@code page} of {@code pages} done). */
    READING
}
