package vn.hopso.documents.domain;

/**
 * Turns an Office file into a PDF, which is then read like any uploaded PDF (its limits included). Adapter:
 * {@code LibreOfficeConverter}.
 */
public interface OfficeConverter {

    byte[] toPdf(byte[] file, OfficeFormat format) throws UnreadablePdf;
}
