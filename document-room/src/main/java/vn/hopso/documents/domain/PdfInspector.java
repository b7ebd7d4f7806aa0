package vn.hopso.documents.domain;

/** Reads an uploaded PDF within limits: pages, their sizes and text. Adapter: {@code PdfBoxInspector}. */
public interface PdfInspector {

    default Inspection inspect(byte[] pdf) throws UnreadablePdf {
        return inspect(pdf, ProcessingProgress.NONE);
    }

    /** Tells {@code progress} of each page read. */
    Inspection inspect(byte[] pdf, ProcessingProgress progress) throws UnreadablePdf;
}
