package vn.hopso.documents.domain;

import java.time.Instant;

/**
 * Who may open a document of a sitting they may see. Staff manage every document and so see all of them; everyone
 * else sees a released, not withdrawn document whose access class admits them. Every copy of a non-public document
 * served to anyone carries a watermark, staff's included: a copy that leaks names who took it.
 */
public final class DocumentAccess {

    private DocumentAccess() {
    }

    public static Sight sight(Document document, Reader reader, Instant now) {
        boolean watermarked = document.access() != AccessClass.PUBLIC;
        if (reader.staff()) {
            return new Sight.Visible(watermarked);
        }
        if (document.withdrawn()) {
            return new Sight.Refused(Hidden.WITHDRAWN);
        }
        if (!document.releasedAt(now)) {
            return new Sight.Refused(Hidden.NOT_RELEASED);
        }
        return switch (document.access()) {
            case PUBLIC -> new Sight.Visible(false);
            case DELEGATES -> reader.delegate() ? new Sight.Visible(true) : new Sight.Refused(Hidden.DELEGATES_ONLY);
            case CLOSED_SITTING -> reader.entitledToClosed() ? new Sight.Visible(true)
                    : new Sight.Refused(Hidden.CLOSED_SITTING);
            case CONFIDENTIAL -> document.namedReaders().contains(reader.accountId()) ? new Sight.Visible(true)
                    : new Sight.Refused(Hidden.CONFIDENTIAL);
        };
    }
}
