package vn.hopso.documents.domain;

/**
 * Where the processing of one uploaded file stands, told as it moves on, so that the secretariat sees it live:
 * waiting for a free conversion, being converted to PDF, its pages being read. Called on the thread doing the work.
 */
public interface ProcessingProgress {

    /** Told nothing. */
    ProcessingProgress NONE = new ProcessingProgress() {
    };

    /** Every conversion worker is busy: the file waits for one. */
    default void waitingForConverter() {
    }

    /** LibreOffice is converting the file to PDF. */
    default void converting() {
    }

    /** PDFBox has read {@code page} of the PDF's {@code pages}. */
    default void read(int page, int pages) {
    }
}
