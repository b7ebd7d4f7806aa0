package vn.hopso.documents.pdf;

import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * Takes out of a document everything that acts on its own or reaches outside it: additional actions ({@code /AA},
 * run on open, close, page view, field change…), the document's JavaScript, XFA forms, and every action that runs
 * script, launches a program, submits or imports form data, opens a remote or embedded document, or plays media.
 * Each such action is emptied where it stands, so no reference to it, wherever it hides, can still run it. Walks
 * every object once, without recursion, and refuses nesting beyond the limit.
 */
final class ActiveContent {

    static final List<String> FORBIDDEN_ACTIONS = List.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "GoToR", "GoToE", "Rendition", "RichMediaExecute", "Sound", "Movie");

    private static final COSName XFA = COSName.getPDFName("XFA");

    private ActiveContent() {
    }

    static void strip(PDDocument document, int maxDepth) throws UnreadablePdf {
        CosWalk.walk(List.of(document.getDocument().getTrailer()), List.of(), maxDepth, ActiveContent::neutralise);
    }

    private static void neutralise(COSDictionary dictionary) {
        dictionary.removeItem(COSName.AA);
        dictionary.removeItem(COSName.JAVA_SCRIPT); // the name tree of document-level scripts
        dictionary.removeItem(XFA);
        if (forbidden(dictionary)) {
            dictionary.clear(); // an action without /S does nothing in any reader
        }
    }

    /** An action of a forbidden kind: no other dictionary of a PDF has one of these names as its /S. */
    static boolean forbidden(COSDictionary dictionary) {
        COSName type = dictionary.getCOSName(COSName.S);
        return type != null && FORBIDDEN_ACTIONS.contains(type.getName());
    }
}
