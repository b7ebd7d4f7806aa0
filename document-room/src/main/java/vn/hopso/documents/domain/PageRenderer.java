package vn.hopso.documents.domain;

/** Draws one page of a PDF as a PNG image, for thumbnails and weak links. Adapter: {@code PdfBoxPageRenderer}. */
public interface PageRenderer {

    /** @param number the page, from 1 @param width the image's width in pixels; the height follows the page */
    byte[] png(byte[] pdf, int number, int width) throws UnreadablePdf;
}
