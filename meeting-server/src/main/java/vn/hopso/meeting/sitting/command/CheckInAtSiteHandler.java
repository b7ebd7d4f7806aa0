package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.CheckInAtSite;

/** A site's operator checks in a delegate who is physically at that site. */
@Component
class CheckInAtSiteHandler implements CommandHandler<CheckInAtSite> {

    private final SiteAttendance siteAttendance;

    CheckInAtSiteHandler(SiteAttendance siteAttendance) {
        this.siteAttendance = siteAttendance;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<CheckInAtSite> handles() {
        return CheckInAtSite.class;
    }

    @Override
    public UUID handle(CheckInAtSite command, CommandContext context) {
        return siteAttendance.record(context, command.membershipId(), AttendanceStatus.PRESENT);
    }
}
