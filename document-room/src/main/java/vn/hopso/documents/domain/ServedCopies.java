package vn.hopso.documents.domain;

import java.util.Optional;

/**
 * Makes the copy of a PDF a reader receives: without active content (JavaScript, launch, submit-form, import-data,
 * remote go-to, additional actions), without the owner password's restrictions, and, when asked, with a watermark on
 * every page. The original stays as uploaded (it is what is indexed). Adapter: {@code PdfBoxServedCopies}.
 */
public interface ServedCopies {

    default byte[] copy(byte[] original, Optional<Watermark> watermark) throws UnreadablePdf {
        return copy(original, watermark, true);
    }

    /**
     * @param printable false: the copy carries the permissions of a document that may not be printed (an owner
     *     password no one knows, no user password), which PDF readers honour by offering no printing
     */
    byte[] copy(byte[] original, Optional<Watermark> watermark, boolean printable) throws UnreadablePdf;

    /**
     * The reader's annotated copy ("my annotated copy"): the copy above, with each of their annotations highlighted
     * where its passage is found on its page (the note as the highlight's text), and pages listing every
     * annotation with its page, passage and note after the last page. The listing is watermarked like every page.
     */
    byte[] annotatedCopy(byte[] original, Optional<Watermark> watermark, NotesPage notes, boolean printable)
            throws UnreadablePdf;

    /**
     * One page as a PDF of its own, for the viewer to draw (PDF.js): without active content and without anything of
     * the other pages; not yet watermarked, so that it can be kept once for every reader and each reader's copy made
     * from it with {@link #copy}.
     */
    byte[] page(byte[] original, int number) throws UnreadablePdf;

    /** A page image with the watermark drawn across it. */
    byte[] watermarkImage(byte[] png, Watermark watermark);
}
