package vn.hopso.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.hopso.documents.domain.ContentSniffer;
import vn.hopso.documents.domain.ContentType;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;

/** What every PDFBox adapter does first: check the bytes against the limits, open them, walk the page tree. */
final class PdfFiles {

    private final PdfLimits limits;

    PdfFiles(PdfLimits limits) {
        this.limits = limits;
    }

    /** Refuses before parsing: nothing, too much, not a PDF by its content, nested too deep. */
    void check(byte[] content) throws UnreadablePdf {
        if (content.length == 0) {
            throw new UnreadablePdf(PdfProblem.EMPTY);
        }
        if (content.length > limits.maxFileBytes()) {
            throw new UnreadablePdf(PdfProblem.TOO_LARGE);
        }
        if (ContentSniffer.sniff(content) != ContentType.PDF) {
            throw new UnreadablePdf(PdfProblem.NOT_PDF);
        }
        if (NestingScan.deeperThan(content, limits.maxNestingDepth())) {
            throw new UnreadablePdf(PdfProblem.TOO_DEEP);
        }
    }

    /** Opens with the empty user password: an owner-password-only PDF opens, one with a user password does not. */
    PDDocument open(byte[] content, Guarded.Progress progress) throws IOException {
        return progress.closeOnGiveUp(Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMixed(limits.maxMemoryBytes()).streamCache));
    }

    /**
     * The pages by walking the tree (which PDFBox guards against loops), never by believing its /Count: a claimed
     * count beyond the limit is refused before anything is read, and a count that does not match the tree is a
     * damaged file.
     */
    List<PDPage> pages(PDDocument document) throws UnreadablePdf {
        int claimed = document.getPages().getCount();
        if (claimed > limits.maxPages()) {
            throw new UnreadablePdf(PdfProblem.TOO_MANY_PAGES);
        }
        List<PDPage> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            if (pages.size() == limits.maxPages()) {
                throw new UnreadablePdf(PdfProblem.TOO_MANY_PAGES);
            }
            pages.add(page);
        }
        if (pages.isEmpty() || pages.size() != claimed) {
            throw new UnreadablePdf(PdfProblem.CORRUPT);
        }
        return pages;
    }
}
