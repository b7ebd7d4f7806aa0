package vn.hopso.documents.domain;

import java.util.List;

/**
 * What a reader's annotated copy adds to the document: their annotations, highlighted where they are found on their
 * pages, and listed after the last page under a heading.
 *
 * @param heading the title of the listing, e.g. "Ghi chú của Nguyễn Văn An — Tờ trình số 12"
 * @param annotations in page order
 */
public record NotesPage(String heading, List<Annotation> annotations) {

    public NotesPage {
        annotations = List.copyOf(annotations);
    }
}
