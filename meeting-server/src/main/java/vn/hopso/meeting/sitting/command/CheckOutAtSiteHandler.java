package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.sitting.domain.SittingCommand.CheckOutAtSite;

/** A site's operator records that a delegate at that site left; they may be checked in again. */
@Component
class CheckOutAtSiteHandler implements CommandHandler<CheckOutAtSite> {

    private final SiteAttendance siteAttendance;

    CheckOutAtSiteHandler(SiteAttendance siteAttendance) {
        this.siteAttendance = siteAttendance;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<CheckOutAtSite> handles() {
        return CheckOutAtSite.class;
    }

    @Override
    public UUID handle(CheckOutAtSite command, CommandContext context) {
        return siteAttendance.record(context, command.membershipId(), AttendanceStatus.LEFT);
    }
}
