package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.Standing;

/**
 * What a site's operator records about the delegates who attend at a site they operate: that one arrived (not already
 * present) or left (present until then). Delegates of other sites, or of the hall, are not theirs to record.
 */
@Component
class SiteAttendance {

    private final AttendancePublication publication;
    private final SiteStore sites;

    SiteAttendance(AttendancePublication publication, SiteStore sites) {
        this.publication = publication;
        this.sites = sites;
    }

    /** @param status {@link AttendanceStatus#PRESENT} on arrival, {@link AttendanceStatus#LEFT} on leaving */
    UUID record(CommandContext context, UUID membershipId, AttendanceStatus status) {
        AttendanceRules.requireOpen(context.before().sitting());
        Standing standing = AttendanceRules.requireAtOperatedSite(publication.of(context, membershipId),
                siteId -> sites.operates(context.actor().accountId(), siteId));
        if (status == AttendanceStatus.PRESENT) {
            AttendanceRules.requireNotPresent(standing);
        } else {
            AttendanceRules.requirePresent(standing);
        }
        publication.record(context, standing, status, null);
        return standing.delegate().membershipId();
    }
}
