package vn.hopso.meeting.document;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Reader;
import vn.hopso.documents.domain.Watermark;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Clearance;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.config.HopsoProperties;

/** The server's access model seen by the document room: who is reading, and what their copies are marked with. */
@Component
class DocumentReaders {

    private final Clock clock;
    private final HopsoProperties properties;

    DocumentReaders(Clock clock, HopsoProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    static Reader reader(Viewer viewer) {
        return new Reader(viewer.accountId(), viewer.clearance() == Clearance.STAFF,
                viewer.clearance().atLeast(Clearance.MEMBER), viewer.holds(Role.DELEGATE));
    }

    /**
     * Their full name, a number that identifies their account (the first eight hex digits of its id: the same on
     * every copy they take, and enough to find them in the audit log), and the time in the council's zone.
     */
    Watermark watermark(Actor actor) {
        return new Watermark(actor.fullName(), number(actor.accountId()),
                ZonedDateTime.now(clock.withZone(properties.documents().zone())));
    }

    static String number(UUID accountId) {
        return HexFormat.of().withUpperCase().toHexDigits(accountId.getMostSignificantBits()).substring(0, 8);
    }
}
