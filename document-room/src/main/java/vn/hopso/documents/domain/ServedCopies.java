package vn.hopso.documents.domain;

import java.util.Optional;

/**
 * Makes the copy of a PDF a reader receives: without active content (JavaScript, launch, submit-form, import-data,
 * remote go-to, additional actions), without the owner password's restrictions, and, when asked, with a watermark on
 * every page. The original stays as uploaded (it is what is indexed). Adapter: {@code PdfBoxServedCopies}.
 */
public interface ServedCopies {

    byte[] copy(byte[] original, Optional<Watermark> watermark) throws UnreadablePdf;

    /** A page image with the watermark drawn across it. */
    byte[] watermarkImage(byte[] png, Watermark watermark);
}
