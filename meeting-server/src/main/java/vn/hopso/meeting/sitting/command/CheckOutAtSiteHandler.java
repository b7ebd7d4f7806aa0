package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.CheckOutAtSite;

/** A site's operator records that a delegate at that site left; they may be checked in again. */
@Component
class CheckOutAtSiteHandler implements CommandHandler<CheckOutAtSite> {

    private final AttendancePublication publication;
    private final SiteStore sites;

    CheckOutAtSiteHandler(AttendancePublication publication, SiteStore sites) {
        this.publication = publication;
        this.sites = sites;
    }

    @Override
    public Class<CheckOutAtSite> handles() {
        return CheckOutAtSite.class;
    }

    @Override
    public UUID handle(CheckOutAtSite command, CommandContext context) {
        AttendanceRules.requireOpen(context.before().sitting());
        Attendance attendance = publication.current(context.before().sitting());
        Attendance.Delegate delegate = AttendanceRules.requireAtOperatedSite(attendance, command.membershipId(),
                siteId -> sites.operates(context.actor().accountId(), siteId));
        AttendanceRules.requirePresent(attendance, delegate.membershipId());
        publication.record(context, attendance, delegate, AttendanceStatus.LEFT, null);
        return delegate.membershipId();
    }
}
