package vn.hopso.documents.domain;

/**
 * Turns an Office file into a PDF, which is then read like any uploaded PDF (its limits included). Adapter:
 * {@code LibreOfficeConverter}.
 */
public interface OfficeConverter {

    default byte[] toPdf(byte[] file, OfficeFormat format) throws UnreadablePdf {
        return toPdf(file, format, ProcessingProgress.NONE);
    }

    /** Tells {@code progress} when the file waits for a free conversion and when its conversion starts. */
    byte[] toPdf(byte[] file, OfficeFormat format, ProcessingProgress progress) throws UnreadablePdf;
}
