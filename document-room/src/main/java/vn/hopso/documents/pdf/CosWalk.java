package vn.hopso.documents.pdf;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * Visits every dictionary and array reachable from some roots once, without recursion (a hostile file nests deeper
 * than any stack), refusing nesting beyond the limit. Each is shown to the visitor before what it holds is walked,
 * so what the visitor takes out of it is not walked.
 */
final class CosWalk {

    interface Visitor {
        void dictionary(COSDictionary dictionary);

        default void array(COSArray array) {
        }
    }

    private record Pending(COSBase object, int depth) {
    }

    private CosWalk() {
    }

    /** @param passed objects never visited nor walked through (what the walk starts beside) */
    static void walk(Collection<COSBase> roots, Collection<COSBase> passed, int maxDepth, Visitor visitor)
            throws UnreadablePdf {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(passed);
        Deque<Pending> pending = new ArrayDeque<>();
        roots.forEach(root -> pending.push(new Pending(root, 0)));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            COSBase object = next.object() instanceof COSObject reference ? reference.getObject() : next.object();
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (next.depth() > maxDepth) {
                throw new UnreadablePdf(PdfProblem.TOO_DEEP);
            }
            if (object instanceof COSDictionary dictionary) {
                visitor.dictionary(dictionary);
                for (COSBase value : dictionary.getValues()) {
                    pending.push(new Pending(value, next.depth() + 1));
                }
            } else if (object instanceof COSArray array) {
                visitor.array(array);
                for (COSBase value : array) {
                    pending.push(new Pending(value, next.depth() + 1));
                }
            }
        }
    }
}
