package vn.hopso.documents.domain;

/** Reads an uploaded PDF within limits: pages, their sizes and text. Adapter: {@code PdfBoxInspector}. */
public interface PdfInspector {

    Inspection inspect(byte[] pdf) throws UnreadablePdf;
}
