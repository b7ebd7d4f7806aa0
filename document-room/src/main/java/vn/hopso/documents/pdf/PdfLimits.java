package vn.hopso.documents.pdf;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one uploaded PDF may cost the server; anything beyond is refused with a reason, and the other uploads go on.
 *
 * @param maxFileBytes larger uploads are refused before they are read (default 100 MiB)
 * @param maxPages a document whose page tree has, or claims (its /Count), more pages is refused (default 2,000)
 * @param maxNestingDepth arrays and dictionaries nested deeper than this are refused before PDFBox's recursive parser
 *     meets them, and any stack overflow it still has is caught on a thread of its own (default 100)
 * @param pageTime reading, rendering or copying one page may take this long; a page that takes longer fails the
 *     document (default 10 s)
 * @param maxMemoryBytes heap PDFBox may hold for one document's streams; beyond it they spill to temporary files
 *     (default 64 MiB)
 * @param maxImageWidth the widest page image served, in pixels (default 2,000)
 * @param watermarkFont a TrueType font with Vietnamese letters, embedded into watermarked copies
 */
public record PdfLimits(long maxFileBytes, int maxPages, int maxNestingDepth, Duration pageTime, long maxMemoryBytes,
        int maxImageWidth, Path watermarkFont) {

    public static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    public static PdfLimits defaults() {
        return new PdfLimits(100L << 20, 2_000, 100, Duration.ofSeconds(10), 64L << 20, 2_000, DEJAVU_SANS);
    }

    public PdfLimits {
        if (maxFileBytes < 1 || maxPages < 1 || maxNestingDepth < 4 || pageTime.isNegative() || pageTime.isZero()
                || maxMemoryBytes < 1 || maxImageWidth < 16) {
            throw new IllegalArgumentException("PDF limits must be positive: " + maxFileBytes + ", " + maxPages + ", "
                    + maxNestingDepth + ", " + pageTime + ", " + maxMemoryBytes + ", " + maxImageWidth);
        }
    }
}
