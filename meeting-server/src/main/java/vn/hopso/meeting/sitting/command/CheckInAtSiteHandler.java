package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.CheckInAtSite;

/** A site's operator checks in a delegate who is physically at that site. */
@Component
class CheckInAtSiteHandler implements CommandHandler<CheckInAtSite> {

    private final AttendancePublication publication;
    private final SiteStore sites;

    CheckInAtSiteHandler(AttendancePublication publication, SiteStore sites) {
        this.publication = publication;
        this.sites = sites;
    }

    @Override
    public Class<CheckInAtSite> handles() {
        return CheckInAtSite.class;
    }

    @Override
    public UUID handle(CheckInAtSite command, CommandContext context) {
        AttendanceRules.requireOpen(context.before().sitting());
        Attendance attendance = publication.current(context.before().sitting());
        Attendance.Delegate delegate = AttendanceRules.requireAtOperatedSite(attendance, command.membershipId(),
                siteId -> sites.operates(context.actor().accountId(), siteId));
        AttendanceRules.requireNotPresent(attendance, delegate.membershipId());
        publication.record(context, attendance, delegate, AttendanceStatus.PRESENT, null);
        return delegate.membershipId();
    }
}
