package vn.hopso.meeting.media;

import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.domain.Sitting;

/** Reads who an actor is in a sitting's video: the delegate they were elected as, else the site they operate. */
final class MediaIdentities {

    private final AttendanceStore attendance;
    private final SiteStore sites;

    MediaIdentities(AttendanceStore attendance, SiteStore sites) {
        this.attendance = attendance;
        this.sites = sites;
    }

    MediaIdentity of(Actor actor, Sitting sitting) {
        boolean chair = actor.may(Permission.CHAIR_SITTING, sitting.organisationId());
        return attendance.electedDelegate(sitting, actor.accountId())
                .map(delegate -> new MediaIdentity(MediaIdentity.delegate(delegate.membershipId()),
                        delegate.fullName(), chair))
                .or(() -> sites.operatedBy(actor.accountId(), sitting.organisationId()).stream().findFirst()
                        .map(site -> new MediaIdentity(MediaIdentity.site(site.siteId()), site.name(), chair)))
                .orElseGet(() -> new MediaIdentity(MediaIdentity.account(actor.accountId()), actor.fullName(), chair));
    }
}
