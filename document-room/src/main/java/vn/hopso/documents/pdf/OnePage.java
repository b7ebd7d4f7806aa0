package vn.hopso.documents.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * One page of a document as a document of its own, carrying that page's content and resources and nothing of the
 * other pages. A page reaches its siblings through links, annotations that name the page they sit on, form fields,
 * article beads and replies; were any of those kept, saving the page would write every page they reach, and those
 * would travel unwatermarked inside a copy whose one visible page is watermarked. So every reference from the page
 * to another page (or page-tree node) is cut: a link to another page goes nowhere, an annotation no longer names its
 * page. Walks each object once, without recursion, within the nesting limit.
 */
final class OnePage {

    private OnePage() {
    }

    /** A new document holding a copy of {@code page}; the caller closes it. */
    static PDDocument of(PDPage page, int maxDepth) throws IOException, UnreadablePdf {
        PDDocument single = new PDDocument();
        try {
            PDPage copy = single.importPage(page);
            copy.setResources(page.getResources()); // inherited resources are not copied by importPage
            cutOtherPages(copy.getCOSObject(), maxDepth);
            return single;
        } catch (IOException | UnreadablePdf | RuntimeException e) {
            single.close();
            throw e;
        }
    }

    private static void cutOtherPages(COSDictionary page, int maxDepth) throws UnreadablePdf {
        List<COSBase> held = page.entrySet().stream()
                .filter(entry -> !COSName.PARENT.equals(entry.getKey())) // the new document's own page tree
                .map(Map.Entry::getValue).toList();
        CosWalk.walk(held, List.of(page), maxDepth, new CosWalk.Visitor() {
            @Override
            public void dictionary(COSDictionary dictionary) {
                dictionary.entrySet().stream().filter(entry -> otherPage(entry.getValue(), page))
                        .map(Map.Entry::getKey).toList().forEach(dictionary::removeItem);
            }

            @Override
            public void array(COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (otherPage(array.get(i), page)) {
                        array.set(i, COSNull.NULL);
                    }
                }
            }
        });
    }

    /** A page other than the copy, or a node of a page tree (the source's: the copy's own is never walked). */
    private static boolean otherPage(COSBase value, COSDictionary copy) {
        COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
        if (!(object instanceof COSDictionary dictionary) || object == copy) {
            return false;
        }
        COSName type = dictionary.getCOSName(COSName.TYPE);
        return COSName.PAGE.equals(type) || COSName.PAGES.equals(type);
    }
}
