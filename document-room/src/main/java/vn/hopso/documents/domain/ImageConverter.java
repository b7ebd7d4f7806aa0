package vn.hopso.documents.domain;

/**
 * Turns an uploaded image (a photographed or scanned page, PNG or JPEG) into a one-page PDF, which is then read and
 * served like any uploaded PDF; it has no text layer, so it is marked "no searchable text". Adapter:
 * {@code PdfBoxImageConverter}.
 */
public interface ImageConverter {

    byte[] toPdf(byte[] image) throws UnreadablePdf;
}
