package vn.hopso.documents.domain;

/** What a reader gets of a document: to see it (and whether each copy must carry their watermark), or why not. */
public sealed interface Sight {

    /** @param watermarked every copy served to this reader carries their name and the time on every page */
    record Visible(boolean watermarked) implements Sight {
    }

    record Refused(Hidden reason) implements Sight {
    }
}
