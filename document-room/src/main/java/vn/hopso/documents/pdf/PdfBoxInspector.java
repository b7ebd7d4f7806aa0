package vn.hopso.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.hopso.documents.domain.Inspection;
import vn.hopso.documents.domain.PageFacts;
import vn.hopso.documents.domain.PdfInspector;
import vn.hopso.documents.domain.ProcessingProgress;
import vn.hopso.documents.domain.UnreadablePdf;

/** Pages, sizes and text per page of an uploaded PDF, read with PDFBox inside the {@link PdfLimits}. */
public final class PdfBoxInspector implements PdfInspector {

    private final PdfFiles files;
    private final Guarded guarded;

    public PdfBoxInspector(PdfLimits limits) {
        this.files = new PdfFiles(limits);
        this.guarded = new Guarded(limits);
    }

    @Override
    public Inspection inspect(byte[] pdf, ProcessingProgress reported) throws UnreadablePdf {
        files.check(pdf);
        return guarded.run("pdf-inspect", progress -> {
            try (PDDocument document = files.open(pdf, progress)) {
                List<PDPage> pages = files.pages(document);
                PDFTextStripper stripper = new PDFTextStripper();
                List<PageFacts> facts = new ArrayList<>(pages.size());
                for (int number = 1; number <= pages.size(); number++) {
                    stripper.setStartPage(number);
                    stripper.setEndPage(number);
                    PDRectangle box = pages.get(number - 1).getCropBox();
                    boolean turned = pages.get(number - 1).getRotation() % 180 != 0;
                    facts.add(new PageFacts(number, turned ? box.getHeight() : box.getWidth(),
                            turned ? box.getWidth() : box.getHeight(), stripper.getText(document).strip()));
                    progress.pageDone();
                    reported.read(number, pages.size());
                }
                boolean ownerOnly = document.isEncrypted();
                return new Inspection(facts, ownerOnly);
            }
        });
    }
}
