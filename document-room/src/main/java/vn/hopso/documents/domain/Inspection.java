package vn.hopso.documents.domain;

import java.util.List;

/**
 * What was read from a PDF that passed every limit.
 *
 * @param ownerPasswordOnly it is encrypted with an owner password only (anyone may open it; restrictions are not
 *     carried into served copies)
 */
public record Inspection(List<PageFacts> pages, boolean ownerPasswordOnly) {

    public Inspection {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF has pages");
        }
    }

    /** A scan has no text layer: it is accepted and marked "không có lớp chữ để tìm kiếm". */
    public boolean searchableText() {
        return pages.stream().anyMatch(page -> !page.text().isBlank());
    }
}
